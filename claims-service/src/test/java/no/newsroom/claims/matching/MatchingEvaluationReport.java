package no.newsroom.claims.matching;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Prints the precision/recall/F1 table of the dev and the held-out pairs, each followed by every pair the matcher
 * gets wrong. Not part of the normal build (the class name does not end in Test).
 *
 * <p>Run it with: {@code ./mvnw -q -pl claims-service test -Dtest=MatchingEvaluationReport}
 */
class MatchingEvaluationReport {

    public static void main(String[] args) {
        ClaimMatcher matcher = new ClaimMatcher();
        List<LabelledStatement> statements = LabelledStatement.loadAll();
        for (String split : List.of(LabelledStatement.DEV, LabelledStatement.HELD_OUT)) {
            MatchingEvaluation evaluation = MatchingEvaluation.run(matcher,
                    MatchingEvaluation.pairs(statements, split));
            System.out.println(split + " pairs");
            System.out.println(evaluation.table());
            System.out.println("Mistakes (" + evaluation.mistakes().size() + "):");
            evaluation.mistakes().forEach(System.out::println);
            System.out.println();
        }
    }

    @Test
    void printsTheTables() {
        main(new String[0]);
    }
}
