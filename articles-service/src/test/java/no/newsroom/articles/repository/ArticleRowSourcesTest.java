package no.newsroom.articles.repository;

import no.newsroom.articles.model.ArticleStatus;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class ArticleRowSourcesTest {

    private static final ArticleFilter NONE = new ArticleFilter(null, null, null, null, null, null);
    private static final Instant SINCE = Instant.parse("2022-03-14T00:00:00Z");

    @Test
    void shouldReadEveryArticleWithoutFilters() {
        ArticleRowSources sources = ArticleRowSources.of(NONE, ArticleSort.UPDATED_AT);

        assertEquals(" from article a", sources.collecting().sql());
        assertEquals(" from article a", sources.walking().sql());
        assertNull(sources.tsQuery());
    }

    @Test
    void shouldFilterStatusAndLanguageOnTheirColumns() {
        ArticleRowSources sources = ArticleRowSources.of(new ArticleFilter(ArticleStatus.PUBLISHED, "nb", null, null,
                null, null), ArticleSort.UPDATED_AT);

        assertEquals(" from article a where a.status = ? and a.language = ?", sources.collecting().sql());
        assertEquals(List.of("PUBLISHED", "nb"), sources.collecting().values());
    }

    @Test
    void shouldCollectATagThroughTheFacetsWithStatusAndLanguageBeside() {
        ArticleRowSources sources = ArticleRowSources.of(new ArticleFilter(ArticleStatus.PUBLISHED, "nb", "flom", null,
                null, null), ArticleSort.UPDATED_AT);

        assertEquals(" from article a where article_facets(a.status, a.language, a.tags, a.authors) "
                + "@> array[?, ?, ?]::text[]", sources.collecting().sql());
        assertEquals(List.of("status:PUBLISHED", "language:nb", "tag:flom"), sources.collecting().values());
        assertEquals(" from article a where a.status = ? and a.language = ? and a.tags @> array[?]::text[]",
                sources.walking().sql());
    }

    @Test
    void shouldCollectAnAuthorThroughTheFacets() {
        ArticleRowSources sources = ArticleRowSources.of(new ArticleFilter(null, null, null, "Kari Nordmann", null,
                null), ArticleSort.UPDATED_AT);

        assertEquals(" from article a where article_facets(a.status, a.language, a.tags, a.authors) "
                + "@> array[?]::text[]", sources.collecting().sql());
        assertEquals(List.of("author:Kari Nordmann"), sources.collecting().values());
        assertEquals(" from article a where a.authors @> array[?]::text[]", sources.walking().sql());
    }

    @Test
    void shouldKeepUpdatedSinceARangeBesideTheFacets() {
        ArticleRowSources sources = ArticleRowSources.of(new ArticleFilter(null, null, "flom", null, null, SINCE),
                ArticleSort.UPDATED_AT);

        assertEquals(" from article a where article_facets(a.status, a.language, a.tags, a.authors) "
                + "@> array[?]::text[] and a.updated_at >= ?", sources.collecting().sql());
        assertEquals(List.of("tag:flom", OffsetDateTime.ofInstant(SINCE, ZoneOffset.UTC)),
                sources.collecting().values());
    }

    @Test
    void shouldListOnlyPublishedArticlesInPublicationOrder() {
        ArticleRowSources sources = ArticleRowSources.of(NONE, ArticleSort.PUBLISHED_AT);

        assertEquals(" from article a where a.published_at is not null", sources.collecting().sql());
    }

    @Test
    void shouldSearchTheNarrowSearchTable() {
        ArticleRowSources sources = ArticleRowSources.of(new ArticleFilter(null, "nb", null, null, "Flom i Oslo", null),
                ArticleSort.RELEVANCE);

        assertEquals("flom:* & i & oslo:*", sources.tsQuery());
        assertEquals(" from article_search_matches(article_search_query(?)) a where a.language = ?",
                sources.collecting().sql());
        assertEquals(List.of("flom:* & i & oslo:*", "nb"), sources.collecting().values());
        assertEquals(" from article_search a where a.language = ? and a.search_vector @@ article_search_query(?)",
                sources.walking().sql());
        assertEquals(List.of("nb", "flom:* & i & oslo:*"), sources.walking().values());
        assertEquals(" from article_search a where a.language = ?", sources.filtered().sql());
    }
}
