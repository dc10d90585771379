package no.newsroom.claims.domain;

import no.newsroom.claims.model.Qualifier;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks that reported numbers are internally consistent and completes their bounds: EXACT and APPROXIMATE have
 * low = high = value, AT_LEAST only a low bound, AT_MOST only a high bound, RANGE only low and high. A sub-count
 * ("fire fly, blant dem tre helikoptre") may never exceed the count it is part of.
 */
public final class QuantityRules {

    private QuantityRules() {
    }

    /** @throws ClaimRuleException listing every inconsistency found */
    public static List<ReportedQuantity> normalize(List<ReportedQuantity> quantities) {
        List<RuleViolation> violations = new ArrayList<>();
        List<ReportedQuantity> normalized = new ArrayList<>();
        for (int index = 0; index < quantities.size(); index++) {
            normalized.add(normalize(quantities.get(index), "quantities[" + index + "]", violations));
        }
        if (violations.isEmpty()) {
            checkSubCounts(normalized, violations);
        }
        if (!violations.isEmpty()) {
            throw new ClaimRuleException(violations);
        }
        return normalized;
    }

    private static ReportedQuantity normalize(ReportedQuantity q, String field, List<RuleViolation> violations) {
        for (BigDecimal number : new BigDecimal[] {q.value(), q.low(), q.high()}) {
            if (number != null && number.signum() < 0) {
                violations.add(new RuleViolation(field, "a reported count cannot be negative"));
                return q;
            }
        }
        return switch (q.qualifier()) {
            case EXACT, APPROXIMATE -> pointValue(q, field, violations);
            case AT_LEAST -> bounded(q, field, violations, q.low(), q.high(), "low", "high");
            case AT_MOST -> bounded(q, field, violations, q.high(), q.low(), "high", "low");
            case RANGE -> range(q, field, violations);
        };
    }

    private static ReportedQuantity pointValue(ReportedQuantity q, String field, List<RuleViolation> violations) {
        if (q.value() == null) {
            violations.add(new RuleViolation(field + ".value", "is required for " + q.qualifier()));
            return q;
        }
        if (differs(q.low(), q.value()) || differs(q.high(), q.value())) {
            violations.add(new RuleViolation(field, q.qualifier() + " needs low and high equal to value, or left out"));
        }
        return new ReportedQuantity(q.value(), q.value(), q.value(), q.qualifier(), q.unit(), q.partOf());
    }

    /** AT_LEAST keeps value as its low bound and has no high one; AT_MOST the other way round. */
    private static ReportedQuantity bounded(ReportedQuantity q, String field, List<RuleViolation> violations,
                                            BigDecimal sameSide, BigDecimal otherSide, String sameName,
                                            String otherName) {
        if (q.value() == null) {
            violations.add(new RuleViolation(field + ".value", "is required for " + q.qualifier()));
            return q;
        }
        if (differs(sameSide, q.value())) {
            violations.add(new RuleViolation(field + "." + sameName, q.qualifier() + " needs " + sameName
                    + " equal to value, or left out"));
        }
        if (otherSide != null) {
            violations.add(new RuleViolation(field + "." + otherName, q.qualifier() + " has no " + otherName
                    + " bound"));
        }
        return q.qualifier() == Qualifier.AT_LEAST
                ? new ReportedQuantity(q.value(), q.value(), null, q.qualifier(), q.unit(), q.partOf())
                : new ReportedQuantity(q.value(), null, q.value(), q.qualifier(), q.unit(), q.partOf());
    }

    private static ReportedQuantity range(ReportedQuantity q, String field, List<RuleViolation> violations) {
        if (q.low() == null || q.high() == null) {
            violations.add(new RuleViolation(field, "RANGE needs both low and high"));
        } else if (q.low().compareTo(q.high()) > 0) {
            violations.add(new RuleViolation(field, "low " + plain(q.low()) + " is above high " + plain(q.high())));
        }
        if (q.value() != null) {
            violations.add(new RuleViolation(field + ".value", "RANGE has low and high, not a single value"));
        }
        return new ReportedQuantity(null, q.low(), q.high(), q.qualifier(), q.unit(), q.partOf());
    }

    private static void checkSubCounts(List<ReportedQuantity> quantities, List<RuleViolation> violations) {
        for (int index = 0; index < quantities.size(); index++) {
            ReportedQuantity part = quantities.get(index);
            if (part.partOf() == null) {
                continue;
            }
            String field = "quantities[" + index + "].partOf";
            if (part.partOf() < 0 || part.partOf() >= quantities.size() || part.partOf() == index) {
                violations.add(new RuleViolation(field, "must be the index of another quantity of this claim"));
                continue;
            }
            ReportedQuantity whole = quantities.get(part.partOf());
            BigDecimal smallestPart = part.low() == null ? BigDecimal.ZERO : part.low();
            if (whole.high() != null && smallestPart.compareTo(whole.high()) > 0) {
                violations.add(new RuleViolation(field, "a sub-count of " + plain(smallestPart) + unit(part)
                        + " cannot exceed the " + plain(whole.high()) + unit(whole) + " it is part of"));
            }
        }
    }

    private static boolean differs(BigDecimal bound, BigDecimal value) {
        return bound != null && bound.compareTo(value) != 0;
    }

    private static String plain(BigDecimal number) {
        return number.stripTrailingZeros().toPlainString();
    }

    private static String unit(ReportedQuantity quantity) {
        return quantity.unit() == null ? "" : " " + quantity.unit();
    }
}
