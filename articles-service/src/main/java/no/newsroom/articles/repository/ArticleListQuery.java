package no.newsroom.articles.repository;

import no.newsroom.support.paging.PageCursor;
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
 * <li>A search runs on {@code article_search}, the narrow copy of the filterable columns beside each article's
 * search vector, and matches the query parsed in every text-search configuration the service uses
 * ({@code article_search_query}: one GIN probe; each article's vector was built with its own language's
 * configuration, so in practice its own parse is the one that matches). Ranks use the article's own
 * configuration.</li>
 * <li>A search's matches are either collected through the GIN index and then sorted, or found by walking the
 * newest rows and checking each one's vector, which is kept out of line and so costs a few microseconds to read.
 * Walking is much faster for common words and disastrous for rare ones, and PostgreSQL's estimates cannot tell
 * them apart reliably; {@link #probe()} decides instead (see {@link #commonWords(long, long)}).</li>
 * <li>The page is chosen on keys alone; only its rows are then read whole and ranked. Snippets are made from
 * their text by {@link no.newsroom.articles.domain.SearchSnippet}.</li>
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

    /** How many of the newest rows {@link #probe()} checks. */
    static final int PROBED_ROWS = 100;

    /** The search's words as the tsquery every article's vector is matched with. */
    private static final String PARSED_QUERY = "article_search_query(?)";
    private static final String FACETS = "article_facets(a.status, a.language, a.tags, a.authors)";
    private static final String COLUMNS = "x.id, x.slug, x.title, x.lead, x.language, x.status, x.authors, x.tags, "
            + "x.published_at, x.updated_at, x.version";

    /**
     * A row source, as {@code a}, and conditions on it, with their parameter values in SQL order. Without a source
     * it is only conditions, to be added to one.
     */
    private static final class Where {

        private final String from;
        private final List<String> conditions = new ArrayList<>();
        private final List<Object> values = new ArrayList<>();

        Where(String from, Object... fromValues) {
            this.from = from;
            values.addAll(Arrays.asList(fromValues));
        }

        static Where conditions() {
            return new Where(null);
        }

        void add(String condition, Object... conditionValues) {
            conditions.add(condition);
            values.addAll(Arrays.asList(conditionValues));
        }

        /** A new source: this one with the other's conditions added. */
        Where and(Where other) {
            Where combined = new Where(from, values.toArray());
            combined.conditions.addAll(conditions);
            combined.conditions.addAll(other.conditions);
            combined.values.addAll(other.values);
            return combined;
        }

        String sql() {
            return " from " + from + (conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions));
        }
    }

    /** For finding every match through the filters' indexes: counts, estimates and pages of few matches. */
    private final Where collecting;
    /** The same filters for walking the sort order's index, where each candidate row is checked cheaply. */
    private final Where walking;
    /** For a search, {@link #walking} without the search itself. */
    private final Where filtered;
    private final String tsQuery;
    private final ArticleSort sort;
    private final boolean commonWords;

    /**
     * @param commonWords for a search, what {@link #probe()} found: whether its matches are common enough among
     *                    the newest articles to be found by walking
     */
    ArticleListQuery(ArticleFilter filter, ArticleSort sort, boolean commonWords) {
        this.sort = sort;
        this.tsQuery = filter.q() == null ? null : toTsQuery(filter.q());
        this.commonWords = commonWords;
        Where filters = new Where(tsQuery == null ? "article a" : "article_search a");
        String status = filter.status() == null ? null : filter.status().name();
        if (status != null) {
            filters.add("a.status = ?", status);
        }
        if (filter.language() != null) {
            filters.add("a.language = ?", filter.language());
        }
        if (filter.tag() != null) {
            filters.add("a.tags @> array[?]::text[]", filter.tag());
        }
        if (filter.author() != null) {
            filters.add("a.authors @> array[?]::text[]", filter.author());
        }
        Where ranges = Where.conditions();
        if (filter.updatedSince() != null) {
            ranges.add("a.updated_at >= ?", timestamp(filter.updatedSince()));
        }
        if (sort == ArticleSort.PUBLISHED_AT) {
            ranges.add("a.published_at is not null");
        }
        filtered = filters.and(ranges);
        if (tsQuery != null) {
            Where search = Where.conditions();
            search.add("a.search_vector @@ " + PARSED_QUERY, tsQuery);
            walking = filtered.and(search);
            collecting = new Where("article_search_matches(" + PARSED_QUERY + ") a", tsQuery).and(filtered);
        } else if (filter.tag() != null || filter.author() != null) {
            walking = filtered;
            List<String> facets = new ArrayList<>();
            addFacet(facets, "status:", status);
            addFacet(facets, "language:", filter.language());
            addFacet(facets, "tag:", filter.tag());
            addFacet(facets, "author:", filter.author());
            Where facetFilter = new Where("article a");
            facetFilter.add(FACETS + " @> array[" + String.join(", ", Collections.nCopies(facets.size(), "?"))
                    + "]::text[]", facets.toArray());
            collecting = facetFilter.and(ranges);
        } else {
            walking = filtered;
            collecting = walking;
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
     * For a search: the search as PostgreSQL parses it ({@code parsed_query}, in its text form), how many of the
     * newest {@link #PROBED_ROWS} rows that pass the other filters, in the walk's order, match ({@code hits}), and
     * how many rows there were ({@code seen}).
     */
    Statement probe() {
        List<Object> values = new ArrayList<>(List.of(tsQuery, tsQuery));
        values.addAll(filtered.values);
        return new Statement("select " + PARSED_QUERY + "::text as parsed_query, "
                + "count(*) filter (where w.search_vector @@ " + PARSED_QUERY + ") as hits, "
                + "count(*) as seen from (select a.search_vector" + filtered.sql() + " order by " + walkOrder("a")
                + " limit " + PROBED_ROWS + ") w", values);
    }

    /**
     * Walking pays about 5 µs per row it checks, collecting about 0.5 µs per match plus a fixed millisecond, so they
     * cost the same when about one row in ten matches. Below that, or when there are too few rows to tell, the
     * matches are collected.
     */
    static boolean commonWords(long hits, long seen) {
        return seen == PROBED_ROWS && hits * 10 >= seen;
    }

    /**
     * One page, newest first, each row with its text when searching, for the snippet.
     *
     * @param fewMatches true when the filter matches no more articles than the total counts exactly:
     *                   they are then collected through the filters' indexes first and sorted afterwards, rather
     *                   than found by walking the sort order's index, which is slow when the matches are rare
     *                   or all old. Searches for words that are not common are always collected.
     */
    Statement page(PageCursor after, int rows, boolean fewMatches) {
        if (sort == ArticleSort.RELEVANCE) {
            throw new IllegalStateException("best-match pages are built by bestMatchPage");
        }
        boolean collect = fewMatches || collectsEveryMatch();
        List<Object> values = new ArrayList<>();
        StringBuilder sql = new StringBuilder();
        String keyColumns = "select a.id, a.updated_at, a.published_at, null::real as rank, "
                + (collectsEveryMatch() ? "count(*) over ()" : "null::bigint") + " as candidates";
        String keys;
        if (collect) {
            sql.append("with matching as materialized (").append(keyColumns).append(collecting.sql()).append(") ");
            values.addAll(collecting.values);
            keys = "matching";
        } else {
            keys = "(" + keyColumns + walking.sql() + ")";
        }
        if (tsQuery != null) {
            values.add(tsQuery); // the page's rank
        }
        if (!collect) {
            values.addAll(walking.values);
        }
        String rank = tsQuery == null ? "null::real" : rankOf("s");
        appendPage(sql, values, keys, after, rows, rank, List.of(), tsQuery != null);
        return new Statement(sql.toString(), values);
    }

    /**
     * One page of a search in best-match order: the newest {@link ArticleRepository#RANKED_CANDIDATES} matches
     * are ranked (every match when there are fewer), and each row carries how many matches there were (when
     * {@link #collectsEveryMatch()}) or how many candidates, up to one more than that, so that the total needs no
     * query of its own.
     */
    Statement bestMatchPage(PageCursor after, int rows) {
        int candidates = ArticleRepository.RANKED_CANDIDATES;
        Where matches = candidates();
        List<Object> values = new ArrayList<>();
        StringBuilder sql = new StringBuilder();
        String keys = "(select c.id, c.updated_at, c.published_at, " + rankOf("s") + " as rank, "
                + (collectsEveryMatch() ? "c.matches" : "count(*) over ()") + " as candidates, "
                + "row_number() over (order by c.updated_at desc, c.id desc) as newest"
                + " from (select a.id, a.updated_at, a.published_at"
                + (collectsEveryMatch() ? ", count(*) over () as matches" : "") + matches.sql()
                + " order by a.updated_at desc, a.id desc limit " + (candidates + 1) + ") c"
                + " join article_search s on s.id = c.id)";
        values.add(tsQuery); // the candidates' rank
        values.addAll(matches.values);
        appendPage(sql, values, keys, after, rows, "p.rank", List.of("r.newest <= " + candidates), false);
        return new Statement(sql.toString(), values);
    }

    /**
     * The outer query: keyset and page limit over {@code keys}, then the page's rows read whole.
     *
     * @param rankFromSearchRows whether {@code rank} reads the page's search vectors, as {@code s}
     */
    private void appendPage(StringBuilder sql, List<Object> values, String keys, PageCursor after, int rows,
                            String rank, List<String> keyConditions, boolean rankFromSearchRows) {
        List<String> conditions = new ArrayList<>(keyConditions);
        if (after != null) {
            conditions.add("(r." + sort.column() + ", r.id) < (?, ?)");
            values.add(sort == ArticleSort.RELEVANCE ? (Object) after.floatKey() : timestamp(after.instantKey()));
            values.add(after.id());
        }
        String text = tsQuery == null ? "null" : "x.search_text";
        sql.append("select ").append(COLUMNS).append(", ").append(rank).append(" as rank, ").append(text)
                .append(" as search_text, p.candidates from (select * from ").append(keys).append(" r")
                .append(conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions))
                .append(" order by ").append(order("r")).append(" limit ").append(rows)
                .append(") p join article x on x.id = p.id")
                .append(rankFromSearchRows ? " join article_search s on s.id = p.id" : "")
                .append(" order by ").append(order("p"));
    }

    /**
     * Counting stops after {@code cap} rows so that a total never costs more than a bounded index walk. A search
     * for common words counts its newest matches: PostgreSQL then walks the newest articles and stops early
     * instead of reading the index entries of every match.
     */
    Statement cappedCount(int cap) {
        Where matches = candidates();
        String newest = tsQuery != null && commonWords ? " order by a.updated_at desc, a.id desc" : "";
        return new Statement("select count(*) from (select 1" + matches.sql() + newest + " limit " + cap
                + ") capped", matches.values);
    }

    /** The planner's estimate of the matches, from the table's statistics. */
    Statement estimate() {
        Where matches = tsQuery == null ? collecting : walking;
        return new Statement("explain (format json) select 1" + matches.sql(), matches.values);
    }

    String cursorKey(ArticleListing last) {
        return switch (sort) {
            case UPDATED_AT -> last.updatedAt().toString();
            case PUBLISHED_AT -> last.publishedAt().toString();
            case RELEVANCE -> Float.toString(last.rank());
        };
    }

    /**
     * Whether this search collects all its matches through the GIN index, so that its pages count them exactly
     * (in their {@code candidates} column) at no extra cost.
     */
    boolean collectsEveryMatch() {
        return tsQuery != null && !commonWords;
    }

    /** Where a search's candidates come from: walked for common words, otherwise collected. */
    private Where candidates() {
        return tsQuery != null && commonWords ? walking : collecting;
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

    private String walkOrder(String alias) {
        String column = sort == ArticleSort.PUBLISHED_AT ? "published_at" : "updated_at";
        return alias + "." + column + " desc, " + alias + ".id desc";
    }

    private static OffsetDateTime timestamp(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
