package no.newsroom.claims.matching;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Set;
import no.newsroom.claims.model.Qualifier;

/**
 * A figure of a claim: the bounds it allows, what it counts (unit concept) and what happened to it (event concept).
 * Either concept may be null when the statement leaves it out.
 */
record Figure(BigDecimal value, BigDecimal low, BigDecimal high, Qualifier qualifier, String unit, String event) {

    private static final BigDecimal APPROXIMATE_TOLERANCE = new BigDecimal("0.10");
    private static final BigDecimal BOUND_TOLERANCE = new BigDecimal("0.02");
    private static final BigDecimal ROUND_NUMBER_TOLERANCE = new BigDecimal("0.03");
    private static final int ROUND_NUMBER_ZEROS = 3;
    private static final String PEOPLE = "PEOPLE";
    private static final Set<String> PEOPLE_UNITS = Set.of(PEOPLE, "CIVILIAN", "SOLDIER", "CHILD", "PATIENT",
            "STUDENT", "JOURNALIST", "MIGRANT", "JOB");

    static Figure zero(String event) {
        return new Figure(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, Qualifier.EXACT, null, event);
    }

    /**
     * Equal, or one a rounding or approximation of the other: "rundt 300 000" and "about 300,000", "minst 2500" and
     * "at least 2,500". A tally that moved (4 then 7) or a denial (none against 4) is not compatible.
     */
    boolean isCompatibleWith(Figure other) {
        if (qualifier == Qualifier.RANGE || other.qualifier == Qualifier.RANGE) {
            return overlaps(lowest(), highest(), other.lowest(), other.highest());
        }
        BigDecimal mine = value;
        BigDecimal theirs = other.value;
        if (mine.signum() == 0 || theirs.signum() == 0) {
            return mine.signum() == theirs.signum();
        }
        BigDecimal difference = mine.subtract(theirs).abs();
        BigDecimal larger = mine.max(theirs);
        return difference.compareTo(larger.multiply(toleranceWith(other))) <= 0;
    }

    private BigDecimal toleranceWith(Figure other) {
        if (qualifier == Qualifier.APPROXIMATE || other.qualifier == Qualifier.APPROXIMATE) {
            return APPROXIMATE_TOLERANCE;
        }
        if (isRound(value) || isRound(other.value)) {
            return ROUND_NUMBER_TOLERANCE;
        }
        if (qualifier != Qualifier.EXACT || other.qualifier != Qualifier.EXACT) {
            return BOUND_TOLERANCE;
        }
        return BigDecimal.ZERO;
    }

    /** "300 000" is probably rounded; "4" and "312" are not. */
    private static boolean isRound(BigDecimal number) {
        BigDecimal whole = number.setScale(0, RoundingMode.HALF_UP);
        return whole.signum() != 0 && whole.stripTrailingZeros().scale() <= -ROUND_NUMBER_ZEROS;
    }

    private BigDecimal lowest() {
        return low != null ? low : value;
    }

    private BigDecimal highest() {
        return high != null ? high : value;
    }

    private static boolean overlaps(BigDecimal low1, BigDecimal high1, BigDecimal low2, BigDecimal high2) {
        return low1.compareTo(high2) <= 0 && low2.compareTo(high1) <= 0;
    }

    /**
     * Two figures count the same thing when their units agree ("people" covers civilians and soldiers, not aircraft)
     * and their events do not differ. A figure without a unit matches one with a unit only through a shared event.
     */
    boolean countsSameAs(Figure other) {
        if (event != null && other.event != null && !event.equals(other.event)) {
            return false;
        }
        if (unit != null && other.unit != null) {
            return unit.equals(other.unit) || isPeople(unit) && PEOPLE_UNITS.contains(other.unit)
                    || isPeople(other.unit) && PEOPLE_UNITS.contains(unit);
        }
        if (unit != null || other.unit != null) {
            return event != null && event.equals(other.event);
        }
        return true;
    }

    private static boolean isPeople(String unit) {
        return PEOPLE.equals(unit);
    }
}
