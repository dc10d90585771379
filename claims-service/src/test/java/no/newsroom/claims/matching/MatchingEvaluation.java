package no.newsroom.claims.matching;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The matcher run over the labelled pairs of one split. Pairs: every two statements of a topic, and each statement
 * with the statement at the same place in the next topic of its split (unrelated, though often sharing a place, a
 * unit or a figure).
 */
final class MatchingEvaluation {

    record Pair(LabelledStatement claim, LabelledStatement candidate, Relation expected) {

        boolean crossLanguage() {
            return !claim.sameLanguageAs(candidate);
        }
    }

    record Outcome(Pair pair, ClaimMatch match) {

        boolean correct() {
            return pair.expected() == match.relation();
        }

        @Override
        public String toString() {
            return "expected " + pair.expected() + ", got " + match.relation() + " (score " + match.score() + ")\n  "
                    + pair.claim().claim().statement() + "\n  " + pair.candidate().claim().statement();
        }
    }

    /** True positives, predictions and gold items of one class. */
    record Score(int truePositives, int predicted, int expected) {

        double precision() {
            return predicted == 0 ? 1.0 : (double) truePositives / predicted;
        }

        double recall() {
            return expected == 0 ? 1.0 : (double) truePositives / expected;
        }

        double f1() {
            double sum = precision() + recall();
            return sum == 0 ? 0 : 2 * precision() * recall() / sum;
        }
    }

    private final List<Outcome> outcomes;

    private MatchingEvaluation(List<Outcome> outcomes) {
        this.outcomes = outcomes;
    }

    static List<Pair> pairs(List<LabelledStatement> statements, String split) {
        Map<String, List<LabelledStatement>> topics = statements.stream().filter(s -> s.split().equals(split))
                .collect(Collectors.groupingBy(LabelledStatement::topic, LinkedHashMap::new, Collectors.toList()));
        List<List<LabelledStatement>> groups = new ArrayList<>(topics.values());
        List<Pair> pairs = new ArrayList<>();
        for (int g = 0; g < groups.size(); g++) {
            List<LabelledStatement> group = groups.get(g);
            for (int i = 0; i < group.size(); i++) {
                for (int j = i + 1; j < group.size(); j++) {
                    pairs.add(new Pair(group.get(i), group.get(j), group.get(i).relationTo(group.get(j))));
                }
                List<LabelledStatement> next = groups.get((g + 1) % groups.size());
                LabelledStatement other = next.get(i % next.size());
                pairs.add(new Pair(group.get(i), other, group.get(i).relationTo(other)));
            }
        }
        return pairs;
    }

    static MatchingEvaluation run(ClaimMatcher matcher, List<Pair> pairs) {
        List<Outcome> outcomes = pairs.stream()
                .map(pair -> new Outcome(pair, matcher.match(pair.claim().claim(), List.of(pair.candidate().claim()))
                        .get(0)))
                .toList();
        return new MatchingEvaluation(outcomes);
    }

    int size() {
        return outcomes.size();
    }

    long crossLanguageCount() {
        return outcomes.stream().filter(outcome -> outcome.pair().crossLanguage()).count();
    }

    double accuracy() {
        return outcomes.isEmpty() ? 0 : (double) outcomes.stream().filter(Outcome::correct).count() / outcomes.size();
    }

    Score score(Relation relation) {
        return score(relation::equals, outcome -> true);
    }

    /** "Linked" is SAME or UPDATE on both sides; a SAME read as UPDATE still counts as linked. */
    Score linked(boolean crossLanguageOnly) {
        return score(Relation::isLink, outcome -> !crossLanguageOnly || outcome.pair().crossLanguage());
    }

    private Score score(Predicate<Relation> positive, Predicate<Outcome> included) {
        int truePositives = 0;
        int predicted = 0;
        int expected = 0;
        for (Outcome outcome : outcomes) {
            if (!included.test(outcome)) {
                continue;
            }
            boolean gold = positive.test(outcome.pair().expected());
            boolean guess = positive.test(outcome.match().relation());
            truePositives += gold && guess ? 1 : 0;
            predicted += guess ? 1 : 0;
            expected += gold ? 1 : 0;
        }
        return new Score(truePositives, predicted, expected);
    }

    List<Outcome> mistakes() {
        return outcomes.stream().filter(outcome -> !outcome.correct()).toList();
    }

    String table() {
        StringBuilder table = new StringBuilder();
        table.append(String.format("%-20s %9s %9s %9s %6s %6s%n", "relation", "precision", "recall", "F1", "gold",
                "found"));
        Map<Relation, Score> scores = new EnumMap<>(Relation.class);
        for (Relation relation : Relation.values()) {
            scores.put(relation, score(relation));
        }
        scores.forEach((relation, score) -> table.append(row(relation.name(), score)));
        table.append(row("linked", linked(false)));
        table.append(row("linked, 2 languages", linked(true)));
        table.append(String.format("accuracy %.3f over %d pairs (%d across languages)%n", accuracy(), size(),
                crossLanguageCount()));
        return table.toString();
    }

    private static String row(String name, Score score) {
        return String.format("%-20s %9.3f %9.3f %9.3f %6d %6d%n", name, score.precision(), score.recall(), score.f1(),
                score.expected(), score.predicted());
    }
}
