package no.newsroom.articles.domain;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SearchSnippetTest {

    @Test
    void shouldReadPrefixAndWholeLexemesFromPostgresTextForm() {
        assertEquals(List.of(new SearchSnippet.Term("evakuer", true), new SearchSnippet.Term("o'brien", false),
                        new SearchSnippet.Term("kyiv", true)),
                SearchSnippet.termsOf("( 'evakuer':* & 'o''brien' ) | 'kyiv':*A"));
    }

    @Test
    void shouldMarkEveryWordStartingWithAPrefixLexemeWhateverItsCase() {
        assertEquals("Ny <mark>Evakuering</mark> og <mark>evakuerte</mark> fra byen",
                SearchSnippet.of("Ny Evakuering og evakuerte fra byen", List.of(new SearchSnippet.Term("evakuer", true))));
    }

    @Test
    void shouldMarkOnlyWholeWordsForAWholeLexeme() {
        assertEquals("fra byen til <mark>by</mark>",
                SearchSnippet.of("fra byen til by", List.of(new SearchSnippet.Term("by", false))));
    }

    @Test
    void shouldShowAtMostTwoPassagesAroundMatchesWithContextBefore() {
        String text = words(1, 30) + " treff " + words(31, 60) + " treff " + words(61, 90) + " treff";

        String snippet = SearchSnippet.of(text, List.of(new SearchSnippet.Term("treff", false)));

        assertEquals(words(25, 30) + " <mark>treff</mark> " + words(31, 41) + " … "
                + words(55, 60) + " <mark>treff</mark> " + words(61, 71), snippet);
    }

    @Test
    void shouldEscapeMarkupBetweenWords() {
        assertEquals("a &lt;b&gt; &amp; <mark>treff</mark>",
                SearchSnippet.of("a <b> & treff", List.of(new SearchSnippet.Term("treff", true))));
    }

    @Test
    void shouldFallBackToTheFirstWordsWithoutAMatch() {
        assertEquals(words(1, 36), SearchSnippet.of(words(1, 50), List.of(new SearchSnippet.Term("treff", true))));
    }

    private static String words(int first, int last) {
        StringBuilder words = new StringBuilder();
        for (int i = first; i <= last; i++) {
            words.append(i == first ? "" : " ").append("w").append(i);
        }
        return words.toString();
    }
}
