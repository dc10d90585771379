package no.newsroom.articles.repository;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The SQL behind an article list. A search matches each article with the text-search configuration of its own
 * language: the GIN index is probed with the query parsed in every configuration the service uses, and each
 * candidate is then checked against the query parsed in its own configuration.
 */
final class ArticleListQuery {

    private static final List<String> SEARCH_CONFIGS = List.of("norwegian", "english", "simple");
    private static final String OWN_QUERY = "to_tsquery(article_search_config(%s.language), ?)";
    private static final String HEADLINE_OPTIONS =
            "StartSel=<mark>, StopSel=</mark>, MaxWords=35, MinWords=15, MaxFragments=2, FragmentDelimiter=\" … \"";
    private static final String COLUMNS = "a.id, a.slug, a.title, a.lead, a.language, a.status, a.authors, a.tags, "
            + "a.published_at, a.updated_at, a.version, a.search_text";

    private final List<String> conditions = new ArrayList<>();
    private final List<Object> parameters = new ArrayList<>();
    private final String tsQuery;
    private final ArticleSort sort;

    ArticleListQuery(ArticleFilter filter, ArticleSort sort) {
        this.sort = sort;
        this.tsQuery = filter.q() == null ? null : toTsQuery(filter.q());
        condition(filter.status() != null, "a.status = ?", filter.status() == null ? null : filter.status().name());
        condition(filter.language() != null, "a.language = ?", filter.language());
        condition(filter.tag() != null, "a.tags @> array[?]::text[]", filter.tag());
        condition(filter.author() != null, "a.authors @> array[?]::text[]", filter.author());
        condition(filter.updatedSince() != null, "a.updated_at >= ?", timestamp(filter.updatedSince()));
        if (sort == ArticleSort.PUBLISHED_AT) {
            conditions.add("a.published_at is not null");
        }
        if (tsQuery != null) {
            conditions.add("a.search_vector @@ (" + SEARCH_CONFIGS.stream()
                    .map(config -> "to_tsquery('" + config + "', ?)").collect(Collectors.joining(" || ")) + ")");
            SEARCH_CONFIGS.forEach(config -> parameters.add(tsQuery));
            conditions.add("a.search_vector @@ " + OWN_QUERY.formatted("a"));
            parameters.add(tsQuery);
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

    /** Rows of one page, best or newest first, each with a highlighted snippet when searching. */
    String pageSql(PageCursor after, int rows) {
        String rank = tsQuery == null ? "null::real" : "ts_rank(a.search_vector, " + OWN_QUERY.formatted("a") + ")";
        String matching = "select " + COLUMNS + ", " + rank + " as rank from article a" + where();
        String keyset = after == null ? "" : " where (r." + sort.column() + ", r.id) < (?, ?)";
        String page = "select * from (" + matching + ") r" + keyset + " order by " + order("r") + " limit " + rows;
        String snippet = tsQuery == null ? "null" : "ts_headline(article_search_config(p.language), "
                + "replace(replace(replace(coalesce(p.lead, '') || ' ' || p.search_text, '&', '&amp;'), "
                + "'<', '&lt;'), '>', '&gt;'), " + OWN_QUERY.formatted("p") + ", '" + HEADLINE_OPTIONS + "')";
        return "select p.*, " + snippet + " as snippet from (" + page + ") p order by " + order("p");
    }

    /** In the order of {@link #pageSql}: the snippet's query, the rank's query, the filters, the keyset. */
    void bindPage(PreparedStatement statement, PageCursor after) throws SQLException {
        List<Object> values = new ArrayList<>();
        if (tsQuery != null) {
            values.add(tsQuery);
            values.add(tsQuery);
        }
        values.addAll(parameters);
        if (after != null) {
            values.add(sort == ArticleSort.RELEVANCE ? (Object) after.floatKey() : timestamp(after.instantKey()));
            values.add(after.id());
        }
        bind(statement, values);
    }

    /** Counting stops after {@code cap} rows so that a total never costs more than a bounded index walk. */
    String cappedCountSql(int cap) {
        return "select count(*) from (select 1 from article a" + where() + " limit " + cap + ") capped";
    }

    String estimateSql() {
        return "explain (format json) select 1 from article a" + where();
    }

    void bindFilter(PreparedStatement statement) throws SQLException {
        bind(statement, parameters);
    }

    String cursorKey(ArticleListing last) {
        return switch (sort) {
            case UPDATED_AT -> last.updatedAt().toString();
            case PUBLISHED_AT -> last.publishedAt().toString();
            case RELEVANCE -> Float.toString(last.rank());
        };
    }

    private String where() {
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    private String order(String alias) {
        return alias + "." + sort.column() + " desc, " + alias + ".id desc";
    }

    private void condition(boolean applies, String sql, Object value) {
        if (applies) {
            conditions.add(sql);
            parameters.add(value);
        }
    }

    private static OffsetDateTime timestamp(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static void bind(PreparedStatement statement, List<Object> values) throws SQLException {
        for (int i = 0; i < values.size(); i++) {
            statement.setObject(i + 1, values.get(i));
        }
    }
}
