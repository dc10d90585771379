package no.newsroom.claims.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

    @Test
    void shouldNotEndSentencesAtNorwegianAbbreviations() {
        // Given
        String text = "Det gjelder ca. 300 mennesker, bl.a. i Kyiv. Det koster 4,5 mrd. Kroner betales av staten.";

        // When
        List<String> sentences = sentences(Language.NB, text);

        // Then
        assertEquals(List.of("Det gjelder ca. 300 mennesker, bl.a. i Kyiv.", "Det koster 4,5 mrd. Kroner betales av "
                + "staten."), sentences);
    }

    @Test
    void shouldKeepAQuotationWithSeveralSentencesTogether() {
        String text = "«Vi har mistet 500 soldater. Det er tragisk», sier han. Så gikk han.";

        assertEquals(List.of("«Vi har mistet 500 soldater. Det er tragisk», sier han.", "Så gikk han."),
                sentences(Language.NB, text));
    }

    @Test
    void shouldStartANewSentenceAtADashThatOpensAQuotation() {
        String text = "Hun møtte pressen i går. – Vi fant 20 kilo, sier hun. Tallet er 3 – 4 prosent.";
        assertEquals(List.of("Hun møtte pressen i går.", "– Vi fant 20 kilo, sier hun.", "Tallet er 3 – 4 prosent."),
                sentences(Language.NB, text));
    }

    @Test
    void returnsEachLineSeparately() {
        String text = "Ber om bistand\n\nUkrainske myndigheter hevder det.";

        assertEquals(List.of("Ber om bistand", "Ukrainske myndigheter hevder det."), sentences(Language.NB, text));
    }

    private static List<String> sentences(Language language, String text) {
        return new SentenceSplitter(language).split(text).stream().flatMap(line -> line.sentences().stream())
                .map(span -> span.of(text)).toList();
    }
}
