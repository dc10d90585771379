package no.newsroom.claims.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClaimExtractorTest {

    private static final ClaimExtractor EXTRACTOR = new ClaimExtractor();

    @Test
    void shouldDetectTheLanguageWhenNoneIsGiven() {
        assertEquals("en", EXTRACTOR.extract("Five people were killed, police said.", null).language());
    }

    @Test
    void shouldRejectAnUnsupportedLanguage() {
        assertThrows(UnsupportedLanguageException.class, () -> EXTRACTOR.extract("Hallo Welt.", "de"));
    }

    @Test
    void shouldMakeTheOutletTheClaimantWhenOnlyAnOutletIsNamed() {
        // Given / When
        ClaimCandidate claim = only("Russiske styrker skal ha trukket seg ut av byen, ifølge Reuters.", "nb");

        // Then
        assertEquals("Reuters", claim.claimant());
        assertNull(claim.source());
    }

    @Test
    void shouldTakeTheClaimantFromABackReference() {
        ClaimCandidate claim = only("Tre personer er skadet. Det opplyser politiet i Bergen.", "nb");

        assertEquals("politiet i Bergen", claim.claimant());
        assertEquals("Tre personer er skadet.", claim.sentence());
    }

    @Test
    void shouldMapAnUnnamedSpokespersonToTheOrganisation() {
        ClaimCandidate claim = only("A spokesperson for the Ukrainian navy said two ships were hit.", "en");

        assertEquals("Ukrainian navy", claim.claimant());
    }

    @Test
    void shouldNotTreatAnOutletUnableToVerifyAsSource() {
        ClaimCandidate claim = only("Officials said 20 people died. Reuters could not verify the figure.", "en");

        assertEquals("Officials", claim.claimant());
        assertNull(claim.source());
        assertTrue(claim.unconfirmed());
    }

    @Test
    void shouldNotSetUnconfirmedForAHedgeAlone() {
        assertFalse(only("Fem soldater skal ha blitt drept.", "nb").unconfirmed());
    }

    @Test
    void shouldYieldNothingForQuestionsOpinionsPlansAndPlainStatements() {
        List<String> texts = List.of("Hvor mange er drept, spør NRK?", "Ministeren mener at tiltakene virker.",
                "Nato skal ha et møte i Brüssel onsdag.", "Russland har over 190 000 soldater ved grensen.",
                "The Kremlin said talks will resume next week.", "Police did not respond to a request for comment.");

        for (String text : texts) {
            assertEquals(List.of(), EXTRACTOR.extract(text, null).candidates(), text);
        }
    }

    @Test
    void shouldYieldNothingWhereAVerbOfSayingReportsNoStatement() {
        List<String> texts = List.of("Forfatteren skrev romanen i 2004 mens hun bodde i Paris.",
                "She wrote a letter to the council in 2019.", "Distributions are weighted according to income.",
                "The losses reported by the bank rose to 40 million dollars.", "Han sa aldri fra om forholdene.",
                "Mange melder ikke fra om trakassering på jobben.");

        for (String text : texts) {
            assertEquals(List.of(), EXTRACTOR.extract(text, null).candidates(), text);
        }
    }

    @Test
    void shouldStillReadAStatementAfterAVerbOfWriting() {
        assertEquals("Hansen", only("Hansen skrev at fabrikken ble stengt i 1998.", "nb").claimant());
        assertEquals("Smith", only("Smith wrote that the plant had closed in 1998.", "en").claimant());
    }

    @Test
    void shouldReadANotificationWithAClauseAsAStatement() {
        assertEquals(1, EXTRACTOR.extract("Vaktmesteren meldte fra til politiet om at 20 biler var stjålet.", "nb")
                .candidates().size());
    }

    @Test
    void returnsClaimantAndSourceAsExactSubstringsOfTheText() {
        String text = "Ifølge Klitschko var det ingen passasjerer i bussen, skriver Interfax.";

        ClaimCandidate claim = only(text, "nb");

        assertTrue(text.contains(claim.claimant()) && text.contains(claim.source()));
        assertEquals(text.substring(claim.start(), claim.end()), claim.sentence());
    }

    private static ClaimCandidate only(String text, String language) {
        List<ClaimCandidate> candidates = EXTRACTOR.extract(text, language).candidates();
        assertEquals(1, candidates.size(), text);
        return candidates.get(0);
    }
}
