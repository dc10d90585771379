package no.newsroom.articles.repository;

import no.newsroom.articles.model.ArticleStatus;
import no.newsroom.support.paging.PageCursor;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ArticleListQueryTest {

    private static final ArticleFilter NONE = new ArticleFilter(null, null, null, null, null, null);
    private static final ArticleFilter SEARCH = new ArticleFilter(null, null, null, null, "flom", null);
    private static final UUID ID = UUID.fromString("5b1f0c9e-2f7a-4a53-9a43-0d4f0c2b7e11");
    private static final Instant AT = Instant.parse("2022-03-14T08:00:00Z");
    private static final String COLUMNS = "select x.id, x.slug, x.title, x.lead, x.language, x.status, x.authors, "
            + "x.tags, x.published_at, x.updated_at, x.version";
    private static final String RANK = "ts_rank(s.search_vector, to_tsquery(article_search_config(s.language), ?))";

    @Test
    void shouldWalkTheUpdatedOrderForAPageOfManyMatches() {
        SqlStatement page = new ArticleListQuery(NONE, ArticleSort.UPDATED_AT, false).page(null, 21, false);

        assertEquals(COLUMNS + ", null::real as rank, null as search_text, p.candidates from (select * from "
                + "(select a.id, a.updated_at, a.published_at, null::real as rank, null::bigint as candidates "
                + "from article a) r order by r.updated_at desc, r.id desc limit 21) p join article x on x.id = p.id "
                + "order by p.updated_at desc, p.id desc", page.sql());
        assertEquals(List.of(), page.values());
    }

    @Test
    void shouldCollectFewMatchesFirstAndSortThemAfterwards() {
        ArticleFilter published = new ArticleFilter(ArticleStatus.PUBLISHED, null, null, null, null, null);

        SqlStatement page = new ArticleListQuery(published, ArticleSort.UPDATED_AT, false).page(null, 21, true);

        assertEquals("with matching as materialized (select a.id, a.updated_at, a.published_at, null::real as rank, "
                + "null::bigint as candidates from article a where a.status = ?) " + COLUMNS + ", null::real as rank, "
                + "null as search_text, p.candidates from (select * from matching r order by r.updated_at desc, "
                + "r.id desc limit 21) p join article x on x.id = p.id order by p.updated_at desc, p.id desc",
                page.sql());
        assertEquals(List.of("PUBLISHED"), page.values());
    }

    @Test
    void shouldContinueAfterTheCursorInPublicationOrder() {
        PageCursor after = PageCursor.of(ArticleSort.PUBLISHED_AT.label(), AT, ID);

        SqlStatement page = new ArticleListQuery(NONE, ArticleSort.PUBLISHED_AT, false).page(after, 21, false);

        assertTrue(page.sql().contains("from article a where a.published_at is not null) r "
                + "where (r.published_at, r.id) < (?, ?) order by r.published_at desc, r.id desc limit 21"),
                page.sql());
        assertEquals(List.of(OffsetDateTime.ofInstant(AT, ZoneOffset.UTC), ID), page.values());
    }

    @Test
    void shouldCollectAndCountEveryMatchOfARareSearch() {
        SqlStatement page = new ArticleListQuery(SEARCH, ArticleSort.UPDATED_AT, false).page(null, 21, false);

        assertTrue(page.sql().startsWith("with matching as materialized (select a.id, a.updated_at, a.published_at, "
                + "null::real as rank, count(*) over () as candidates from article_search_matches("
                + "article_search_query(?)) a) "), page.sql());
        assertTrue(page.sql().contains(RANK + " as rank, x.search_text as search_text"), page.sql());
        assertTrue(page.sql().endsWith("join article_search s on s.id = p.id order by p.updated_at desc, p.id desc"),
                page.sql());
        assertEquals(List.of("flom:*", "flom:*"), page.values());
    }

    @Test
    void shouldWalkTheNewestRowsForACommonSearch() {
        SqlStatement page = new ArticleListQuery(SEARCH, ArticleSort.UPDATED_AT, true).page(null, 21, false);

        assertTrue(page.sql().contains("(select a.id, a.updated_at, a.published_at, null::real as rank, "
                + "null::bigint as candidates from article_search a where a.search_vector @@ "
                + "article_search_query(?)) r"), page.sql());
        assertEquals(List.of("flom:*", "flom:*"), page.values());
    }

    @Test
    void shouldLeaveBestMatchPagesToBestMatchPage() {
        ArticleListQuery query = new ArticleListQuery(SEARCH, ArticleSort.RELEVANCE, false);

        assertThrows(IllegalStateException.class, () -> query.page(null, 21, false));
    }

    @Test
    void shouldRankTheNewestCandidatesAndContinueAfterTheCursorsRank() {
        PageCursor after = PageCursor.of(ArticleSort.RELEVANCE.label(), 0.5f, ID);

        SqlStatement page = new ArticleListQuery(SEARCH, ArticleSort.RELEVANCE, false).bestMatchPage(after, 21);

        int candidates = ArticleRepository.RANKED_CANDIDATES;
        assertTrue(page.sql().contains("order by a.updated_at desc, a.id desc limit " + (candidates + 1) + ") c"),
                page.sql());
        assertTrue(page.sql().contains("where r.newest <= " + candidates + " and (r.rank, r.id) < (?, ?) "
                + "order by r.rank desc, r.id desc limit 21"), page.sql());
        assertTrue(page.sql().contains(COLUMNS + ", p.rank as rank, x.search_text as search_text"), page.sql());
        assertEquals(List.of("flom:*", "flom:*", 0.5f, ID), page.values());
    }

    @Test
    void shouldCapTheCount() {
        SqlStatement count = new ArticleListQuery(NONE, ArticleSort.UPDATED_AT, false).cappedCount(1000);

        assertEquals("select count(*) from (select 1 from article a limit 1000) capped", count.sql());
    }

    @Test
    void shouldCountTheNewestMatchesOfACommonSearch() {
        SqlStatement count = new ArticleListQuery(SEARCH, ArticleSort.UPDATED_AT, true).cappedCount(1000);

        assertEquals("select count(*) from (select 1 from article_search a where a.search_vector @@ "
                + "article_search_query(?) order by a.updated_at desc, a.id desc limit 1000) capped", count.sql());
        assertEquals(List.of("flom:*"), count.values());
    }

    @Test
    void shouldAskThePlannerToEstimateTheFilteredRows() {
        ArticleFilter tagged = new ArticleFilter(null, null, "flom", null, null, null);

        SqlStatement estimate = new ArticleListQuery(tagged, ArticleSort.UPDATED_AT, false).estimate();

        assertEquals("explain (format json) select 1 from article a where "
                + "article_facets(a.status, a.language, a.tags, a.authors) @> array[?]::text[]", estimate.sql());
        assertEquals(List.of("tag:flom"), estimate.values());
    }

    @Test
    void shouldProbeTheNewestRowsInTheWalksOrder() {
        ArticleFilter search = new ArticleFilter(null, "nb", null, null, "flom", null);

        SqlStatement probe = new ArticleListQuery(search, ArticleSort.PUBLISHED_AT, false).probe();

        assertEquals("select article_search_query(?)::text as parsed_query, count(*) filter (where w.search_vector "
                + "@@ article_search_query(?)) as hits, count(*) as seen from (select a.search_vector from "
                + "article_search a where a.language = ? and a.published_at is not null order by a.published_at desc, "
                + "a.id desc limit " + SearchWords.PROBED_ROWS + ") w", probe.sql());
        assertEquals(List.of("flom:*", "flom:*", "nb"), probe.values());
    }

    @Test
    void returnsTheSortKeyOfTheLastRowForTheCursor() {
        ArticleListing last = new ArticleListing(ID, "flom", "Flom", null, "nb", ArticleStatus.PUBLISHED, List.of(),
                List.of(), AT, AT.plusSeconds(60), 1, 0.25f, null);

        assertEquals("2022-03-14T08:01:00Z", new ArticleListQuery(NONE, ArticleSort.UPDATED_AT, false).cursorKey(last));
        assertEquals("2022-03-14T08:00:00Z", new ArticleListQuery(NONE, ArticleSort.PUBLISHED_AT, false)
                .cursorKey(last));
        assertEquals("0.25", new ArticleListQuery(SEARCH, ArticleSort.RELEVANCE, false).cursorKey(last));
    }
}
