package no.newsroom.claims.matching;

import java.util.ArrayList;
import java.util.List;

/** How alike the subjects of two claims are: a weighted overlap of their terms. */
final class Terms {

    private static final double SAME_WORD_SIMILARITY = 0.7;
    private static final int MIN_STEM = 5;

    private Terms() {
    }

    /** Two unknown words meet when their folded spellings are equal, one stems the other, or trigrams mostly agree. */
    static boolean sameWord(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        String shorter = a.length() <= b.length() ? a : b;
        String longer = shorter == a ? b : a;
        if (shorter.length() >= MIN_STEM && longer.startsWith(shorter)) {
            return true;
        }
        return ClaimTokens.trigramSimilarity(a, b) >= SAME_WORD_SIMILARITY;
    }

    /** The terms of {@code left} that have a partner in {@code right}, each partner used once. */
    static List<Term> shared(List<Term> left, List<Term> right) {
        List<Term> unused = new ArrayList<>(distinct(right));
        List<Term> shared = new ArrayList<>();
        for (Term term : distinct(left)) {
            for (int i = 0; i < unused.size(); i++) {
                if (matches(term, unused.get(i))) {
                    shared.add(term);
                    unused.remove(i);
                    break;
                }
            }
        }
        return shared;
    }

    /** Half Dice, half overlap with the shorter side: a long statement is not penalised for its extra detail. */
    static double similarity(List<Term> left, List<Term> right) {
        double leftWeight = weight(distinct(left));
        double rightWeight = weight(distinct(right));
        if (leftWeight == 0 || rightWeight == 0) {
            return 0;
        }
        double sharedWeight = weight(shared(left, right));
        double dice = 2 * sharedWeight / (leftWeight + rightWeight);
        double overlap = sharedWeight / Math.min(leftWeight, rightWeight);
        return Math.min(1.0, (dice + overlap) / 2);
    }

    static double weight(List<Term> terms) {
        return terms.stream().mapToDouble(term -> term.kind().weight()).sum();
    }

    private static boolean matches(Term a, Term b) {
        if (a.kind() != b.kind()) {
            return false;
        }
        return a.isConcept() ? a.key().equals(b.key()) : sameWord(a.key(), b.key());
    }

    private static List<Term> distinct(List<Term> terms) {
        List<Term> distinct = new ArrayList<>();
        for (Term term : terms) {
            if (distinct.stream().noneMatch(seen -> seen.kind() == term.kind() && seen.key().equals(term.key()))) {
                distinct.add(term);
            }
        }
        return distinct;
    }
}
