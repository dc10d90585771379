package no.newsroom.articles.repository;

import no.newsroom.support.paging.PageCursor;

import java.util.ArrayList;
import java.util.List;

import static no.newsroom.articles.repository.ArticleRowSources.PARSED_QUERY;
import static no.newsroom.articles.repository.ArticleRowSources.timestamp;

/**
 * The SQL behind an article list, on the row sources of {@link ArticleRowSources}.
 * <ul>
 * <li>A search runs on {@code article_search}, the narrow copy of the filterable columns beside each article's
 * search vector, and matches the query parsed in every text-search configuration the service uses
 * ({@code article_search_query}: one GIN probe; each article's vector was built with its own language's
 * configuration, so in practice its own parse is the one that matches). Ranks use the article's own
 * configuration.</li>
 * <li>A search's matches are either collected through the GIN index and then sorted, or found by walking the
 * newest rows and checking each one's vector, which is kept out of line and so costs a few microseconds to read.
 * Walking is much faster for common words and disastrous for rare ones, and PostgreSQL's estimates cannot tell
 * them apart reliably; {@link #probe()} decides instead (see {@link SearchWords#commonWords(long, long)}).</li>
 * <li>The page is chosen on keys alone; only its rows are then read whole and ranked. Snippets are made from
 * their text by {@link no.newsroom.articles.domain.SearchSnippet}.</li>
 * </ul>
 */
final class ArticleListQuery {

    private static final String COLUMNS = "x.id, x.slug, x.title, x.lead, x.language, x.status, x.authors, x.tags, "
            + "x.published_at, x.updated_at, x.version";

    private final RowSource collecting;
    private final RowSource walking;
    private final RowSource filtered;
    private final String tsQuery;
    private final ArticleSort sort;
    private final boolean commonWords;

    /**
     * @param commonWords for a search, what {@link #probe()} found: whether its matches are common enough among
     *                    the newest articles to be found by walking
     */
    ArticleListQuery(ArticleFilter filter, ArticleSort sort, boolean commonWords) {
        ArticleRowSources sources = ArticleRowSources.of(filter, sort);
        this.collecting = sources.collecting();
        this.walking = sources.walking();
        this.filtered = sources.filtered();
        this.tsQuery = sources.tsQuery();
        this.sort = sort;
        this.commonWords = commonWords;
    }

    /**
     * For a search: the search as PostgreSQL parses it ({@code parsed_query}, in its text form), how many of the
     * newest {@link SearchWords#PROBED_ROWS} rows that pass the other filters, in the walk's order, match
     * ({@code hits}), and how many rows there were ({@code seen}).
     */
    SqlStatement probe() {
        List<Object> values = new ArrayList<>(List.of(tsQuery, tsQuery));
        values.addAll(filtered.values());
        return new SqlStatement("select " + PARSED_QUERY + "::text as parsed_query, "
                + "count(*) filter (where w.search_vector @@ " + PARSED_QUERY + ") as hits, "
                + "count(*) as seen from (select a.search_vector" + filtered.sql() + " order by " + walkOrder("a")
                + " limit " + SearchWords.PROBED_ROWS + ") w", values);
    }

    /**
     * One page, newest first, each row with its text when searching, for the snippet.
     *
     * @param fewMatches true when the filter matches no more articles than the total counts exactly:
     *                   they are then collected through the filters' indexes first and sorted afterwards, rather
     *                   than found by walking the sort order's index, which is slow when the matches are rare
     *                   or all old. Searches for words that are not common are always collected.
     */
    SqlStatement page(PageCursor after, int rows, boolean fewMatches) {
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
            values.addAll(collecting.values());
            keys = "matching";
        } else {
            keys = "(" + keyColumns + walking.sql() + ")";
        }
        if (tsQuery != null) {
            values.add(tsQuery); // the page's rank
        }
        if (!collect) {
            values.addAll(walking.values());
        }
        String rank = tsQuery == null ? "null::real" : rankOf("s");
        appendPage(sql, values, keys, after, rows, rank, List.of(), tsQuery != null);
        return new SqlStatement(sql.toString(), values);
    }

    /**
     * One page of a search in best-match order: the newest {@link ArticleRepository#RANKED_CANDIDATES} matches
     * are ranked (every match when there are fewer), and each row carries how many matches there were (when
     * {@link #collectsEveryMatch()}) or how many candidates, up to one more than that, so that the total needs no
     * query of its own.
     */
    SqlStatement bestMatchPage(PageCursor after, int rows) {
        int candidates = ArticleRepository.RANKED_CANDIDATES;
        RowSource matches = candidates();
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
        values.addAll(matches.values());
        appendPage(sql, values, keys, after, rows, "p.rank", List.of("r.newest <= " + candidates), false);
        return new SqlStatement(sql.toString(), values);
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
    SqlStatement cappedCount(int cap) {
        RowSource matches = candidates();
        String newest = tsQuery != null && commonWords ? " order by a.updated_at desc, a.id desc" : "";
        return new SqlStatement("select count(*) from (select 1" + matches.sql() + newest + " limit " + cap
                + ") capped", matches.values());
    }

    /** The planner's estimate of the matches, from the table's statistics. */
    SqlStatement estimate() {
        RowSource matches = tsQuery == null ? collecting : walking;
        return new SqlStatement("explain (format json) select 1" + matches.sql(), matches.values());
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
    private RowSource candidates() {
        return tsQuery != null && commonWords ? walking : collecting;
    }

    private static String ownQuery(String alias) {
        return "to_tsquery(article_search_config(" + alias + ".language), ?)";
    }

    private static String rankOf(String alias) {
        return "ts_rank(" + alias + ".search_vector, " + ownQuery(alias) + ")";
    }

    private String order(String alias) {
        return alias + "." + sort.column() + " desc, " + alias + ".id desc";
    }

    private String walkOrder(String alias) {
        String column = sort == ArticleSort.PUBLISHED_AT ? "published_at" : "updated_at";
        return alias + "." + column + " desc, " + alias + ".id desc";
    }
}
