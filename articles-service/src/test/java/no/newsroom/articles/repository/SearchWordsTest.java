package no.newsroom.articles.repository;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SearchWordsTest {

    @Test
    void shouldJoinTheWordsWithAnd() {
        assertEquals("flom:* & i & oslo:*", SearchWords.toTsQuery("Flom i Oslo"));
    }

    @Test
    void shouldMatchLongerWordsAsPrefixes() {
        assertEquals("evakuert:*", SearchWords.toTsQuery("evakuert"));
        assertEquals("nav", SearchWords.toTsQuery("NAV"));
    }

    @Test
    void shouldDropPunctuationAndOperators() {
        assertEquals("brann:* & 2022:*", SearchWords.toTsQuery("  brann!  (2022) & | ' "));
    }

    @Test
    void shouldKeepLettersOutsideAscii() {
        assertEquals("større:* & byråd:*", SearchWords.toTsQuery("Større byråd"));
    }

    @Test
    void shouldWalkWhenOneNewestRowInTenMatches() {
        assertTrue(SearchWords.commonWords(10, SearchWords.PROBED_ROWS));
        assertFalse(SearchWords.commonWords(9, SearchWords.PROBED_ROWS));
    }

    @Test
    void shouldCollectWhenTooFewRowsWereSeenToTell() {
        assertFalse(SearchWords.commonWords(50, 50));
    }
}
