package no.newsroom.claims.extraction;

import no.newsroom.claims.model.Qualifier;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The Kyiv live article of 14 March 2022, extracted block by block as articles-service stores it. */
class SeedArticleExtractionTest {

    static final String SEED = "/extraction/kyiv-live-2022-03-14.nb.txt";

    private static List<String> blocks;
    private static final ClaimExtractor EXTRACTOR = new ClaimExtractor();

    @BeforeAll
    static void readBlocks() throws IOException {
        blocks = List.of(ExtractionBenchmark.seedArticle().split("\\n\\s*\\n"));
    }

    @Test
    void shouldFindKlitschkosDeadAndInjuredRelayedByInterfaxUkraine() {
        // Given the paragraph with Klitschko's figures
        // When it is extracted
        ClaimCandidate claim = onlyCandidateOf("Klitschko hevder");

        // Then
        assertEquals("Klitschko", claim.claimant());
        assertEquals("Interfax Ukraine", claim.source());
        assertEquals(List.of(exact("én person", 1, "person"), exact("seks", 6, null)), claim.quantities());
    }

    @Test
    void shouldFindDownedAircraftWithHelicoptersAsSubCountAndUnconfirmed() {
        // Given the paragraph whose second sentence says the claim is not confirmed
        // When it is extracted
        ClaimCandidate claim = onlyCandidateOf("Ukrainske myndigheter hevder");

        // Then
        assertEquals("Ukrainske myndigheter", claim.claimant());
        assertTrue(claim.unconfirmed());
        assertEquals(List.of(exact("fire russiske fly", 4, "fly"), exact("tre helikoptre", 3, "helikoptre")),
                claim.quantities());
    }

    @Test
    void shouldFindEvacuatedAsRangeAndRemainingAsApproximate() {
        // Given the paragraph about Mariupol's evacuation
        // When it is extracted
        List<ClaimCandidate> claims = candidatesOf("600–700");

        // Then
        assertEquals(2, claims.size());
        assertEquals("ukrainske visestatsministeren", claims.get(0).claimant());
        assertEquals(List.of(new ExtractedQuantity("rundt 600–700 mennesker", null, new BigDecimal("600"),
                new BigDecimal("700"), Qualifier.RANGE, "mennesker")), claims.get(0).quantities());
        BigDecimal remaining = new BigDecimal("300000");
        assertEquals(List.of(new ExtractedQuantity("Rundt 300.000 innbyggere", remaining, remaining, remaining,
                Qualifier.APPROXIMATE, "innbyggere")), claims.get(1).quantities());
    }

    @Test
    void shouldFindAtLeast2500DeadPerArestovitsjRelayedBySkyNews() {
        // Given a paragraph naming the outlet two sentences after the claim
        // When it is extracted
        ClaimCandidate claim = onlyCandidateOf("Minst 2500");

        // Then
        assertEquals("Oleksij Arestovitsj", claim.claimant());
        assertEquals("Sky News", claim.source());
        assertEquals(List.of(new ExtractedQuantity("Minst 2500 mennesker", new BigDecimal("2500"),
                new BigDecimal("2500"), null, Qualifier.AT_LEAST, "mennesker")), claim.quantities());
    }

    @Test
    void shouldCount19Of24RegionsAsOneQuantity() {
        ClaimCandidate claim = onlyCandidateOf("19 av landets 24 regioner");

        assertEquals(List.of(exact("19 av landets 24 regioner", 19, "regioner")), claim.quantities());
    }

    @Test
    void shouldFindTenHumanitarianCorridorsPerIrinaVeresjtsjuk() {
        ClaimCandidate claim = onlyCandidateOf("humanitære korridorer");

        assertEquals("Irina Veresjtsjuk", claim.claimant());
        assertEquals(List.of(exact("10 humanitære korridorer", 10, "korridorer")), claim.quantities());
    }

    @Test
    void shouldFindHedged160Cars() {
        ClaimCandidate claim = onlyCandidateOf("160 biler");

        assertNull(claim.claimant());
        assertEquals(List.of(exact("160 biler", 160, "biler")), claim.quantities());
    }

    @Test
    void shouldYieldNothingForCaptionsAndHeadings() {
        // Given the blocks with a photo credit and the headings (no closing punctuation)
        List<String> captionsAndHeadings = blocks.stream()
                .filter(block -> block.contains("Foto:") || !block.strip().matches("(?s).*[.»!?]$")).toList();
        assertTrue(captionsAndHeadings.size() >= 10);

        // When / Then
        for (String block : captionsAndHeadings) {
            assertEquals(List.of(), EXTRACTOR.extract(block, "nb").candidates(), block);
        }
    }

    @Test
    void shouldGiveOffsetsThatPointAtTheSentence() {
        String block = blockContaining("Klitschko hevder");

        ClaimCandidate claim = EXTRACTOR.extract(block, "nb").candidates().get(0);

        assertEquals(claim.sentence(), block.substring(claim.start(), claim.end()));
    }

    private static ClaimCandidate onlyCandidateOf(String marker) {
        List<ClaimCandidate> candidates = candidatesOf(marker);
        assertEquals(1, candidates.size(), marker);
        return candidates.get(0);
    }

    private static List<ClaimCandidate> candidatesOf(String marker) {
        return new ArrayList<>(EXTRACTOR.extract(blockContaining(marker), "nb").candidates());
    }

    private static String blockContaining(String marker) {
        return blocks.stream().filter(block -> block.contains(marker)).findFirst().orElseThrow();
    }

    private static ExtractedQuantity exact(String text, long value, String unit) {
        // Built like the engine builds them: scale 0, so record equality holds.
        BigDecimal number = BigDecimal.valueOf(value);
        return new ExtractedQuantity(text, number, number, number, Qualifier.EXACT, unit);
    }
}
