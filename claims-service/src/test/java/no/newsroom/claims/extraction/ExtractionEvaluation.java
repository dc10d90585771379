package no.newsroom.claims.extraction;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Scores the extractor against annotated cases, per language: is-claim (a predicted candidate overlapping an expected
 * one), claimant and source (exact text on matched candidates), quantity exact match (every field equal) and the
 * unconfirmed flag.
 */
final class ExtractionEvaluation {

    static final List<String> MEASURES = List.of("is-claim", "claimant", "source", "quantity", "unconfirmed");

    private final Map<String, Map<String, Score>> scoresByLanguage = new LinkedHashMap<>();
    private final List<String> mismatches = new ArrayList<>();

    static ExtractionEvaluation run(ClaimExtractor extractor, List<EvaluationCase> cases) {
        ExtractionEvaluation evaluation = new ExtractionEvaluation();
        for (EvaluationCase evaluationCase : cases) {
            ExtractionResult actual = extractor.extract(evaluationCase.text(), evaluationCase.language());
            evaluation.score(evaluationCase, actual);
        }
        return evaluation;
    }

    Score score(String language, String measure) {
        return scoresByLanguage.getOrDefault(language, Map.of()).getOrDefault(measure, Score.empty());
    }

    List<String> languages() {
        return List.copyOf(scoresByLanguage.keySet());
    }

    List<String> mismatches() {
        return List.copyOf(mismatches);
    }

    String table() {
        StringBuilder table = new StringBuilder(String.format(Locale.ROOT, "%-4s %-12s %9s %9s %9s %6s %6s %6s%n",
                "lang", "measure", "precision", "recall", "F1", "tp", "pred", "gold"));
        for (String language : languages()) {
            for (String measure : MEASURES) {
                Score s = score(language, measure);
                table.append(String.format(Locale.ROOT, "%-4s %-12s %9.3f %9.3f %9.3f %6d %6d %6d%n", language,
                        measure, s.precision(), s.recall(), s.f1(), s.truePositives(), s.predicted(), s.expected()));
            }
        }
        return table.toString();
    }

    private void score(EvaluationCase evaluationCase, ExtractionResult actual) {
        List<ClaimCandidate> expected = evaluationCase.expected().candidates();
        List<ClaimCandidate> predicted = actual.candidates();
        List<ClaimCandidate> unmatched = new ArrayList<>(predicted);
        for (ClaimCandidate gold : expected) {
            Optional<ClaimCandidate> match = unmatched.stream().filter(p -> overlaps(p, gold)).findFirst();
            match.ifPresent(unmatched::remove);
            scorePair(evaluationCase, gold, match.orElse(null));
        }
        for (ClaimCandidate extra : unmatched) {
            scorePair(evaluationCase, null, extra);
        }
    }

    private void scorePair(EvaluationCase evaluationCase, ClaimCandidate gold, ClaimCandidate predicted) {
        String language = evaluationCase.language();
        boolean matched = gold != null && predicted != null;
        add(language, "is-claim", matched ? 1 : 0, predicted != null ? 1 : 0, gold != null ? 1 : 0);
        addText(language, "claimant", gold == null ? null : gold.claimant(),
                predicted == null ? null : predicted.claimant());
        addText(language, "source", gold == null ? null : gold.source(), predicted == null ? null : predicted.source());
        addUnconfirmed(language, gold, predicted);
        addQuantities(language, gold, predicted);
        if (!agrees(gold, predicted)) {
            mismatches.add(String.format("[%s] %s%n    expected %s%n    actual   %s", language,
                    evaluationCase.text(), describe(gold), describe(predicted)));
        }
    }

    private void addText(String language, String measure, String gold, String predicted) {
        int truePositive = gold != null && gold.equals(predicted) ? 1 : 0;
        add(language, measure, truePositive, predicted != null ? 1 : 0, gold != null ? 1 : 0);
    }

    private void addUnconfirmed(String language, ClaimCandidate gold, ClaimCandidate predicted) {
        boolean goldFlag = gold != null && gold.unconfirmed();
        boolean predictedFlag = predicted != null && predicted.unconfirmed();
        add(language, "unconfirmed", goldFlag && predictedFlag ? 1 : 0, predictedFlag ? 1 : 0, goldFlag ? 1 : 0);
    }

    private void addQuantities(String language, ClaimCandidate gold, ClaimCandidate predicted) {
        List<ExtractedQuantity> goldQuantities = gold == null ? List.of() : gold.quantities();
        List<ExtractedQuantity> predictedQuantities = predicted == null ? List.of() : predicted.quantities();
        List<ExtractedQuantity> remaining = new ArrayList<>(predictedQuantities);
        int truePositives = 0;
        for (ExtractedQuantity quantity : goldQuantities) {
            Optional<ExtractedQuantity> same = remaining.stream().filter(q -> sameQuantity(q, quantity)).findFirst();
            if (same.isPresent()) {
                remaining.remove(same.get());
                truePositives++;
            }
        }
        add(language, "quantity", truePositives, predictedQuantities.size(), goldQuantities.size());
    }

    private void add(String language, String measure, int truePositives, int predicted, int expected) {
        scoresByLanguage.computeIfAbsent(language, l -> new LinkedHashMap<>())
                .merge(measure, Score.empty().plus(truePositives, predicted, expected),
                        (a, b) -> a.plus(b.truePositives(), b.predicted(), b.expected()));
    }

    private static boolean overlaps(ClaimCandidate a, ClaimCandidate b) {
        return a.start() < b.end() && b.start() < a.end();
    }

    static boolean sameQuantity(ExtractedQuantity a, ExtractedQuantity b) {
        return Objects.equals(a.text(), b.text()) && sameNumber(a.value(), b.value())
                && sameNumber(a.low(), b.low()) && sameNumber(a.high(), b.high())
                && a.qualifier() == b.qualifier() && Objects.equals(a.unit(), b.unit());
    }

    private static boolean sameNumber(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    private static boolean agrees(ClaimCandidate gold, ClaimCandidate predicted) {
        if (gold == null || predicted == null) {
            return gold == predicted;
        }
        boolean quantities = gold.quantities().size() == predicted.quantities().size()
                && gold.quantities().stream().allMatch(q -> predicted.quantities().stream()
                .anyMatch(p -> sameQuantity(p, q)));
        return Objects.equals(gold.claimant(), predicted.claimant()) && Objects.equals(gold.source(),
                predicted.source()) && gold.unconfirmed() == predicted.unconfirmed() && quantities;
    }

    private static String describe(ClaimCandidate candidate) {
        if (candidate == null) {
            return "no candidate";
        }
        return String.format("claimant=%s source=%s unconfirmed=%s quantities=%s", candidate.claimant(),
                candidate.source(), candidate.unconfirmed(), candidate.quantities());
    }
}
