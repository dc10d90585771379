package no.newsroom.claims.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LanguageDetectorTest {

    @Test
    void returnsNorwegianForBokmal() {
        assertEquals(Language.NB, LanguageDetector.detect("Klitschko hevder at én person mistet livet."));
    }

    @Test
    void returnsEnglishForEnglish() {
        assertEquals(Language.EN, LanguageDetector.detect("At least 2,500 people have died, the adviser said."));
    }
}
