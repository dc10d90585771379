package no.newsroom.claims.matching;

import java.util.ArrayList;
import java.util.List;

/** What the figures of two claims say about them. */
enum FigureComparison {
    /** Every figure that counts the same thing as one on the other side agrees with it. */
    COMPATIBLE,
    /** At least one count has figures that disagree. */
    INCOMPATIBLE,
    /** Both have figures, but for different things (aircraft against helicopters). */
    DIFFERENT_COUNTS,
    /** At least one side has no figure. */
    NONE;

    /**
     * Pairs each figure with at most one figure on the other side: figures naming a unit first, each with one of the
     * same unit, so that "four aircraft, among them three helicopters" against "four aircraft" pairs the fours and
     * leaves the three alone.
     */
    static FigureComparison of(List<Figure> left, List<Figure> right) {
        if (left.isEmpty() || right.isEmpty()) {
            return NONE;
        }
        List<Figure> unpaired = new ArrayList<>(right);
        List<Figure[]> pairs = new ArrayList<>();
        List<Figure> withoutUnitPartner = new ArrayList<>();
        for (Figure mine : left) {
            Figure partner = mine.unit() == null ? null : take(unpaired, mine, true);
            if (partner == null) {
                withoutUnitPartner.add(mine);
            } else {
                pairs.add(new Figure[] {mine, partner});
            }
        }
        for (Figure mine : withoutUnitPartner) {
            Figure partner = take(unpaired, mine, false);
            if (partner != null) {
                pairs.add(new Figure[] {mine, partner});
            }
        }
        if (pairs.isEmpty()) {
            return DIFFERENT_COUNTS;
        }
        return pairs.stream().allMatch(pair -> pair[0].isCompatibleWith(pair[1])) ? COMPATIBLE : INCOMPATIBLE;
    }

    private static Figure take(List<Figure> candidates, Figure mine, boolean sameUnitOnly) {
        for (int i = 0; i < candidates.size(); i++) {
            Figure other = candidates.get(i);
            boolean unitNamed = !sameUnitOnly || other.unit() != null;
            if (unitNamed && mine.countsSameAs(other)) {
                return candidates.remove(i);
            }
        }
        return null;
    }
}
