package no.newsroom.claims.extraction;

import java.math.BigDecimal;

/**
 * A number as read from the text: its tokens [start, end), its value, the scale word it carried ("millioner" is
 * 1,000,000, none is 1) and whether the words themselves say it is approximate ("et titall").
 */
record NumberMention(int start, int end, BigDecimal value, BigDecimal scale, boolean approximate) {

    NumberMention(int start, int end, BigDecimal value, BigDecimal scale) {
        this(start, end, value, scale, false);
    }

    boolean isScaled() {
        return scale.compareTo(BigDecimal.ONE) != 0;
    }

    /** "1–2 millioner": a lower bound without a scale word takes the one written after the upper bound. */
    NumberMention withScaleOf(NumberMention upper) {
        boolean unscaled = !isScaled() && upper.scale.compareTo(BigDecimal.ONE) > 0;
        if (!unscaled || value.multiply(upper.scale).compareTo(upper.value) >= 0) {
            return this;
        }
        return new NumberMention(start, end, value.multiply(upper.scale), upper.scale);
    }
}
