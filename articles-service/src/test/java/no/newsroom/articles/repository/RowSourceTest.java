package no.newsroom.articles.repository;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RowSourceTest {

    @Test
    void returnsTheSourceAloneWithoutConditions() {
        assertEquals(" from article a", new RowSource("article a").sql());
    }

    @Test
    void shouldJoinConditionsWithAndInTheOrderAdded() {
        RowSource source = new RowSource("article a");
        source.add("a.status = ?", "PUBLISHED");
        source.add("a.language = ?", "nb");

        assertEquals(" from article a where a.status = ? and a.language = ?", source.sql());
        assertEquals(List.of("PUBLISHED", "nb"), source.values());
    }

    @Test
    void shouldKeepTheSourcesOwnValuesFirst() {
        RowSource source = new RowSource("article_search_matches(article_search_query(?)) a", "flom:*");
        RowSource ranges = RowSource.conditions();
        ranges.add("a.updated_at >= ?", "2022-03-14");

        RowSource combined = source.and(ranges);

        assertEquals(" from article_search_matches(article_search_query(?)) a where a.updated_at >= ?",
                combined.sql());
        assertEquals(List.of("flom:*", "2022-03-14"), combined.values());
    }

    @Test
    void shouldLeaveBothPartsAsTheyWereWhenCombined() {
        RowSource source = new RowSource("article a");
        RowSource more = RowSource.conditions();
        more.add("a.published_at is not null");

        source.and(more);

        assertEquals(" from article a", source.sql());
    }
}
