package no.newsroom.articles.repository;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The SQL behind an article list.
 * <ul>
 * <li>Tag and author filters, with the status and language filters beside them, are one containment test on
 * {@code article_facets(...)}, so that its GIN index intersects them.</li>
 * <li>A search matches the query parsed in every text-search configuration the service uses (one GIN probe;
 * each article's vector was built with its own language's configuration, so in practice its own parse is the one
 * that matches). Ranks and snippets use the article's own configuration.</li>
 * <li>The page is chosen on keys alone; only its rows are then read whole, ranked and highlighted.</li>
 * </ul>
 */
final class ArticleListQuery {

    /** A SQL text with its parameter values in order. */
    record Statement(String sql, List<Object> values) {

        void bind(PreparedStatement statement) throws SQLException {
            for (int i = 0; i < values.size(); i++) {
                statement.setObject(i + 1, values.get(i));
            }
        }
    }

    /** What {@code article_search_config} maps languages to. */
    private static final List<String> SEARCH_CONFIGS = List.of("norwegian", "english", "simple");
    private static final String FACETS = "article_facets(a.status, a.language, a.tags, a.authors)";
    private static final String HEADLINE_OPTIONS =
            "StartSel=<mark>, StopSel=</mark>, MaxWords=35, MinWords=15, MaxFragments=2, FragmentDelimiter=\" … \"";
    private static final String COLUMNS = "x.id, x.slug, x.title, x.lead, x.language, x.status, x.authors, x.tags, "
            + "x.published_at, x.updated_at, x.version";

    /** Conditions with their parameter values, in the order they appear in the SQL. */
    private static final class Where {

        private final List<String> conditions = new ArrayList<>();
        private final List<Object> values = new ArrayList<>();

        void add(String condition, Object... conditionValues) {
            conditions.add(condition);
            values.addAll(Arrays.asList(conditionValues));
        }

        String sql() {
            return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        }
    }

    /** For finding every match through the filters' indexes: counts, estimates and pages of few matches. */
    private final Where collecting = new Where();
    /** The same filters for walking the sort order's index, where each candidate row is checked cheaply. */
    private final Where walking = new Where();
    private final String tsQuery;
    private final ArticleSort sort;

    ArticleListQuery(ArticleFilter filter, ArticleSort sort) {
        this.sort = sort;
        this.tsQuery = filter.q() == null ? null : toTsQuery(filter.q());
        String status = filter.status() == null ? null : filter.status().name();
        if (status != null) {
            walking.add("a.status = ?", status);
        }
        if (filter.language() != null) {
            walking.add("a.language = ?", filter.language());
        }
        if (filter.tag() != null) {
            walking.add("a.tags @> array[?]::text[]", filter.tag());
        }
        if (filter.author() != null) {
            walking.add("a.authors @> array[?]::text[]", filter.author());
        }
        if (filter.tag() != null || filter.author() != null) {
            List<String> facets = new ArrayList<>();
            addFacet(facets, "status:", status);
            addFacet(facets, "language:", filter.language());
            addFacet(facets, "tag:", filter.tag());
            addFacet(facets, "author:", filter.author());
            collecting.add(FACETS + " @> array[" + String.join(", ", Collections.nCopies(facets.size(), "?"))
                    + "]::text[]", facets.toArray());
        } else {
            collecting.conditions.addAll(walking.conditions);
            collecting.values.addAll(walking.values);
        }
        for (Where where : List.of(collecting, walking)) {
            if (filter.updatedSince() != null) {
                where.add("a.updated_at >= ?", timestamp(filter.updatedSince()));
            }
            if (sort == ArticleSort.PUBLISHED_AT) {
                where.add("a.published_at is not null");
            }
            if (tsQuery != null) {
                where.add("a.search_vector @@ (" + SEARCH_CONFIGS.stream()
                                .map(config -> "to_tsquery('" + config + "', ?)").collect(Collectors.joining(" || "))
                                + ")", Collections.nCopies(SEARCH_CONFIGS.size(), tsQuery).toArray());
            }
        }
    }

    /**
     * Words of the user's text joined with AND; longer words also match as prefixes of their stem, so that
     * "evakuert" (stem "evakuer") also finds "evakuering", which the Norwegian stemmer leaves whole.
     */
    static String toTsQuery(String q) {
        return Arrays.stream(q.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .filter(word -> !word.isEmpty())
                .map(word -> word.length() >= 4 ? word + ":*" : word)
                .collect(Collectors.joining(" & "));
    }

    /**
     * One page, best or newest first, each row with a highlighted snippet when searching.
     *
     * @param fewMatches true when the filter matches no more articles than the total counts exactly:
     *                   they are then collected through the filters' indexes first and sorted afterwards, rather
     *                   than found by walking the sort order's index, which is slow when the matches are rare
     *                   or all old
     */
    Statement page(PageCursor after, int rows, boolean fewMatches) {
        if (sort == ArticleSort.RELEVANCE) {
            throw new IllegalStateException("best-match pages are built by bestMatchPage");
        }
        List<Object> values = new ArrayList<>();
        StringBuilder sql = new StringBuilder();
        String keyColumns = "select a.id, a.updated_at, a.published_at, null::real as rank, null::bigint as candidates"
                + " from article a";
        String keys;
        if (fewMatches) {
            sql.append("with matching as materialized (").append(keyColumns).append(collecting.sql()).append(") ");
            values.addAll(collecting.values);
            keys = "matching";
        } else {
            keys = "(" + keyColumns + walking.sql() + ")";
        }
        if (tsQuery != null) {
            values.addAll(List.of(tsQuery, tsQuery)); // the page's rank and snippet
        }
        if (!fewMatches) {
            values.addAll(walking.values);
        }
        String rank = tsQuery == null ? "null::real" : rankOf("x");
        appendPage(sql, values, keys, after, rows, rank, List.of());
        return new Statement(sql.toString(), values);
    }

    /**
     * One page of a search in best-match order: the newest {@link ArticleRepository#RANKED_CANDIDATES} matches
     * are ranked (every match when there are fewer), and each row carries how many candidates there were, up to
     * one more than that, so that the total needs no query of its own.
     */
    Statement bestMatchPage(PageCursor after, int rows) {
        int candidates = ArticleRepository.RANKED_CANDIDATES;
        List<Object> values = new ArrayList<>();
        StringBuilder sql = new StringBuilder();
        String keys = "(select a.id, a.updated_at, a.published_at, " + rankOf("a") + " as rank, "
                + "count(*) over () as candidates, row_number() over (order by a.updated_at desc, a.id desc) as newest"
                + " from (select * from article a" + walking.sql() + " order by a.updated_at desc, a.id desc limit "
                + (candidates + 1) + ") a)";
        values.addAll(List.of(tsQuery, tsQuery)); // the snippet and the candidates' rank
        values.addAll(walking.values);
        appendPage(sql, values, keys, after, rows, "p.rank", List.of("r.newest <= " + candidates));
        return new Statement(sql.toString(), values);
    }

    /** The outer query: keyset and page limit over {@code keys}, then the page's rows read whole. */
    private void appendPage(StringBuilder sql, List<Object> values, String keys, PageCursor after, int rows,
                            String rank, List<String> keyConditions) {
        List<String> conditions = new ArrayList<>(keyConditions);
        if (after != null) {
            conditions.add("(r." + sort.column() + ", r.id) < (?, ?)");
            values.add(sort == ArticleSort.RELEVANCE ? (Object) after.floatKey() : timestamp(after.instantKey()));
            values.add(after.id());
        }
        String snippet = tsQuery == null ? "null" : "ts_headline(article_search_config(x.language), "
                + "replace(replace(replace(coalesce(x.lead, '') || ' ' || x.search_text, '&', '&amp;'), "
                + "'<', '&lt;'), '>', '&gt;'), " + ownQuery("x") + ", '" + HEADLINE_OPTIONS + "')";
        sql.append("select ").append(COLUMNS).append(", ").append(rank).append(" as rank, ").append(snippet)
                .append(" as snippet, p.candidates from (select * from ").append(keys).append(" r")
                .append(conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions))
                .append(" order by ").append(order("r")).append(" limit ").append(rows)
                .append(") p join article x on x.id = p.id order by ").append(order("p"));
    }

    /**
     * Counting stops after {@code cap} rows so that a total never costs more than a bounded index walk. A search
     * counts its newest matches: for a common word PostgreSQL then walks the newest articles and stops early
     * instead of reading the index entries of every match.
     */
    Statement cappedCount(int cap) {
        String newest = tsQuery == null ? "" : " order by a.updated_at desc, a.id desc";
        return new Statement("select count(*) from (select 1 from article a" + collecting.sql() + newest + " limit "
                + cap + ") capped", collecting.values);
    }

    Statement estimate() {
        return new Statement("explain (format json) select 1 from article a" + collecting.sql(), collecting.values);
    }

    String cursorKey(ArticleListing last) {
        return switch (sort) {
            case UPDATED_AT -> last.updatedAt().toString();
            case PUBLISHED_AT -> last.publishedAt().toString();
            case RELEVANCE -> Float.toString(last.rank());
        };
    }

    private static String ownQuery(String alias) {
        return "to_tsquery(article_search_config(" + alias + ".language), ?)";
    }

    private static String rankOf(String alias) {
        return "ts_rank(" + alias + ".search_vector, " + ownQuery(alias) + ")";
    }

    private static void addFacet(List<String> facets, String prefix, String value) {
        if (value != null) {
            facets.add(prefix + value);
        }
    }

    private String order(String alias) {
        return alias + "." + sort.column() + " desc, " + alias + ".id desc";
    }

    private static OffsetDateTime timestamp(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
