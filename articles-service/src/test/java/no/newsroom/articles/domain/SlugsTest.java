package no.newsroom.articles.domain;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SlugsTest {

    @Test
    void shouldSpellOutNorwegianLettersAndJoinWordsWithHyphens() {
        assertEquals("na-er-det-krig-i-kjore-og-o", Slugs.fromTitle("Nå er det «krig» i kjøre- og ø!"));
    }

    @Test
    void shouldFallBackWhenTitleHasNoLetters() {
        assertEquals("article", Slugs.fromTitle("–!?"));
    }

    @Test
    void shouldAppendAttemptNumberAfterTheFirst() {
        assertEquals("kyiv", Slugs.withSuffix("kyiv", 1));
        assertEquals("kyiv-3", Slugs.withSuffix("kyiv", 3));
    }
}
