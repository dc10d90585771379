package no.newsroom.claims.extraction;

import org.junit.jupiter.api.Test;

/**
 * Prints the precision/recall/F1 table per language and measure for the evaluation set, the smaller held-out set and
 * both halves of the real-text set, each followed by every case where the extractor disagrees with the annotation
 * (for the real-text held-out half only the table: its sentences are not for tuning). Not part of the normal build
 * (the class name does not end in Test).
 *
 * <p>Run it with:
 * <pre>./mvnw -q -pl claims-service test -Dtest=ExtractionEvaluationReport</pre>
 */
class ExtractionEvaluationReport {

    public static void main(String[] args) {
        ClaimExtractor extractor = new ClaimExtractor();
        print("Evaluation set", ExtractionEvaluation.run(extractor, EvaluationCase.loadAll()));
        print("Held-out set", ExtractionEvaluation.run(extractor, EvaluationCase.loadHoldout()));
        print("Real text, development half", ExtractionEvaluation.run(extractor, EvaluationCase.loadRealTextDev()));
        ExtractionEvaluation heldout = ExtractionEvaluation.run(extractor, EvaluationCase.loadRealTextHeldout());
        System.out.println("Real text, held-out half");
        System.out.println(heldout.table());
    }

    private static void print(String title, ExtractionEvaluation evaluation) {
        System.out.println(title);
        System.out.println(evaluation.table());
        System.out.println("Disagreements (" + evaluation.mismatches().size() + "):");
        evaluation.mismatches().forEach(System.out::println);
        System.out.println();
    }

    @Test
    void printsPrecisionRecallAndF1PerLanguage() {
        main(new String[0]);
    }
}
