package no.newsroom.claims.extraction;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The extractor measured against the hand-annotated evaluation set in {@code src/test/resources/extraction/}. To see
 * the full precision/recall/F1 table and every disagreement, run {@link ExtractionEvaluationReport}.
 */
class ExtractionEvaluationTest {

    private static ExtractionEvaluation evaluation;

    @BeforeAll
    static void evaluate() {
        evaluation = ExtractionEvaluation.run(new ClaimExtractor(), EvaluationCase.loadAll());
    }

    @ParameterizedTest
    @ValueSource(strings = {"nb", "en"})
    void shouldRecogniseClaimsWithF1OfAtLeast95Percent(String language) {
        assertTrue(evaluation.score(language, "is-claim").f1() >= 0.95, evaluation::table);
    }

    @ParameterizedTest
    @ValueSource(strings = {"nb", "en"})
    void shouldNameClaimantsWithF1OfAtLeast90Percent(String language) {
        assertTrue(evaluation.score(language, "claimant").f1() >= 0.90, evaluation::table);
    }

    @ParameterizedTest
    @ValueSource(strings = {"nb", "en"})
    void shouldNameSourcesWithF1OfAtLeast90Percent(String language) {
        assertTrue(evaluation.score(language, "source").f1() >= 0.90, evaluation::table);
    }

    @ParameterizedTest
    @ValueSource(strings = {"nb", "en"})
    void shouldMatchQuantitiesExactlyWithF1OfAtLeast90Percent(String language) {
        assertTrue(evaluation.score(language, "quantity").f1() >= 0.90, evaluation::table);
    }
}
