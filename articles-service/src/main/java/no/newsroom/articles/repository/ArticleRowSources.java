package no.newsroom.articles.repository;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The filters of an article list as row sources, three ways.
 *
 * @param collecting for finding every match through the filters' indexes: counts, estimates and pages of few matches
 * @param walking    the same filters for walking the sort order's index, where each candidate row is checked cheaply
 * @param filtered   for a search, {@code walking} without the search itself
 * @param tsQuery    the search as a tsquery, or null without one
 */
record ArticleRowSources(RowSource collecting, RowSource walking, RowSource filtered, String tsQuery) {

    /** The search's words as the tsquery every article's vector is matched with. */
    static final String PARSED_QUERY = "article_search_query(?)";
    private static final String FACETS = "article_facets(a.status, a.language, a.tags, a.authors)";

    /**
     * Tag and author filters, with the status and language filters beside them, are one containment test on
     * {@code article_facets(...)}, so that its GIN index intersects them. A search runs on {@code article_search},
     * and collects its matches from {@code article_search_matches(...)}.
     */
    static ArticleRowSources of(ArticleFilter filter, ArticleSort sort) {
        String tsQuery = filter.q() == null ? null : SearchWords.toTsQuery(filter.q());
        RowSource filters = new RowSource(tsQuery == null ? "article a" : "article_search a");
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
        RowSource ranges = RowSource.conditions();
        if (filter.updatedSince() != null) {
            ranges.add("a.updated_at >= ?", timestamp(filter.updatedSince()));
        }
        if (sort == ArticleSort.PUBLISHED_AT) {
            ranges.add("a.published_at is not null");
        }
        RowSource filtered = filters.and(ranges);
        if (tsQuery != null) {
            RowSource search = RowSource.conditions();
            search.add("a.search_vector @@ " + PARSED_QUERY, tsQuery);
            return new ArticleRowSources(
                    new RowSource("article_search_matches(" + PARSED_QUERY + ") a", tsQuery).and(filtered),
                    filtered.and(search), filtered, tsQuery);
        }
        if (filter.tag() != null || filter.author() != null) {
            List<String> facets = new ArrayList<>();
            addFacet(facets, "status:", status);
            addFacet(facets, "language:", filter.language());
            addFacet(facets, "tag:", filter.tag());
            addFacet(facets, "author:", filter.author());
            RowSource facetFilter = new RowSource("article a");
            facetFilter.add(FACETS + " @> array[" + String.join(", ", Collections.nCopies(facets.size(), "?"))
                    + "]::text[]", facets.toArray());
            return new ArticleRowSources(facetFilter.and(ranges), filtered, filtered, null);
        }
        return new ArticleRowSources(filtered, filtered, filtered, null);
    }

    static OffsetDateTime timestamp(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static void addFacet(List<String> facets, String prefix, String value) {
        if (value != null) {
            facets.add(prefix + value);
        }
    }
}
