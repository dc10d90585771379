package no.newsroom.claims.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The matcher against the held-out pairs of the labelled set (never tuned on). For the full tables of both splits and
 * every mistake, run {@link MatchingEvaluationReport}.
 */
class MatchingEvaluationTest {

    private static List<MatchingEvaluation.Pair> allPairs;
    private static MatchingEvaluation heldOut;

    @BeforeAll
    static void evaluate() {
        List<LabelledStatement> statements = LabelledStatement.loadAll();
        List<MatchingEvaluation.Pair> heldOutPairs = MatchingEvaluation.pairs(statements, LabelledStatement.HELD_OUT);
        allPairs = new ArrayList<>(MatchingEvaluation.pairs(statements, LabelledStatement.DEV));
        allPairs.addAll(heldOutPairs);
        heldOut = MatchingEvaluation.run(new ClaimMatcher(), heldOutPairs);
    }

    @Test
    void evaluationSetHasAtLeast300PairsOfEveryRelationAndOneThirdAcrossLanguages() {
        long crossLanguage = allPairs.stream().filter(MatchingEvaluation.Pair::crossLanguage).count();
        EnumSet<Relation> relations = EnumSet.noneOf(Relation.class);
        allPairs.forEach(pair -> relations.add(pair.expected()));

        assertTrue(allPairs.size() >= 300, "pairs: " + allPairs.size());
        assertTrue(crossLanguage >= 0.35 * allPairs.size(), "across languages: " + crossLanguage);
        assertEquals(EnumSet.copyOf(Arrays.asList(Relation.values())), relations);
    }

    @Test
    void heldOutAccuracyIsAtLeast85Percent() {
        assertTrue(heldOut.accuracy() >= 0.85, heldOut::table);
    }

    @Test
    void heldOutLinkedF1IsAtLeast90PercentAnd85PercentAcrossLanguages() {
        assertTrue(heldOut.linked(false).f1() >= 0.90, heldOut::table);
        assertTrue(heldOut.linked(true).f1() >= 0.85, heldOut::table);
    }

    @Test
    void heldOutConflictF1IsAtLeast75Percent() {
        assertTrue(heldOut.score(Relation.CONFLICT).f1() >= 0.75, heldOut::table);
    }
}
