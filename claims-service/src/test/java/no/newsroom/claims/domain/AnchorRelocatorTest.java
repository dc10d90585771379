package no.newsroom.claims.domain;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AnchorRelocatorTest {

    private static final String QUOTE = "skutt ned fire russiske fly, blant dem tre helikoptre";

    @Test
    void shouldFindAnUnchangedQuoteThatMoved() {
        String text = "Oppdatert kl. 10: Ukrainske myndigheter hevder at de har " + QUOTE + ", det siste døgnet.";

        Relocation found = AnchorRelocator.relocate(QUOTE, 45, text).orElseThrow();

        assertEquals(Relocation.Method.EXACT, found.method());
        assertEquals(text.indexOf(QUOTE), found.start());
        assertEquals(QUOTE, text.substring(found.start(), found.end()));
    }

    @Test
    void shouldPreferTheOccurrenceNearestTheOldPosition() {
        String text = "fire fly. " + "x".repeat(100) + " fire fly.";

        Relocation found = AnchorRelocator.relocate("fire fly", 100, text).orElseThrow();

        assertEquals(text.lastIndexOf("fire fly"), found.start());
    }

    @Test
    void shouldIgnoreCaseAndWhitespaceChanges() {
        String text = "De har Skutt  ned fire russiske\nfly, blant dem tre helikoptre i natt.";

        Relocation found = AnchorRelocator.relocate(QUOTE, 7, text).orElseThrow();

        assertEquals(Relocation.Method.NORMALIZED, found.method());
        assertEquals("Skutt  ned fire russiske\nfly, blant dem tre helikoptre", found.quote());
        assertEquals(found.quote(), text.substring(found.start(), found.end()));
    }

    @Test
    void shouldTreatNonBreakingSpacesAsSpaces() {
        String text = "De har skutt ned fire\u00a0russiske fly, blant dem tre helikoptre.";

        Relocation found = AnchorRelocator.relocate(QUOTE, 0, text).orElseThrow();

        assertEquals(Relocation.Method.NORMALIZED, found.method());
    }

    @Test
    void shouldFindALightlyEditedQuoteFuzzily() {
        String text = "Ifølge myndighetene har de skutt ned fire russiske fly, blant disse tre helikoptre, i går.";

        Relocation found = AnchorRelocator.relocate(QUOTE, 0, text).orElseThrow();

        assertEquals(Relocation.Method.FUZZY, found.method());
        assertEquals("skutt ned fire russiske fly, blant disse tre helikoptre", found.quote());
        assertEquals(found.quote(), text.substring(found.start(), found.end()));
        assertTrue(found.similarity() >= AnchorRelocator.MIN_SIMILARITY);
    }

    @Test
    void shouldReportTheAnchorLostWhenTheQuoteWasRewritten() {
        String text = "Myndighetene har ikke kommentert tallene, og ingen fly er bekreftet skutt ned.";

        assertTrue(AnchorRelocator.relocate(QUOTE, 0, text).isEmpty());
    }

    @Test
    void shouldNotAnchorToAPassageWithDifferentNumbers() {
        String text = "De har skutt ned sju russiske fly, blant dem fem helikoptre og to jagerfly.";

        var found = AnchorRelocator.relocate("ned fire fly, tre helikoptre", 0, text);

        assertTrue(found.isEmpty());
    }

    @Test
    void shouldReportTheAnchorLostInAnEmptyBlock() {
        assertTrue(AnchorRelocator.relocate(QUOTE, 0, "").isEmpty());
    }
}
