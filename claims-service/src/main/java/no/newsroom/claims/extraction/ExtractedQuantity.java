package no.newsroom.claims.extraction;

import no.newsroom.claims.model.Qualifier;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;

/**
 * A number that is part of a claim. {@code text} is an exact substring of the extracted text, from the qualifier
 * word to the head noun; {@code unit} is the head noun as written, or null when the noun is left out.
 */
public record ExtractedQuantity(String text, @Schema(nullable = true) BigDecimal value,
                                @Schema(nullable = true) BigDecimal low, @Schema(nullable = true) BigDecimal high,
                                Qualifier qualifier, @Schema(nullable = true) String unit) {

    static ExtractedQuantity of(String text, BigDecimal value, Qualifier qualifier, String unit) {
        BigDecimal plain = plain(value);
        return switch (qualifier) {
            case AT_LEAST -> new ExtractedQuantity(text, plain, plain, null, qualifier, unit);
            case AT_MOST -> new ExtractedQuantity(text, plain, null, plain, qualifier, unit);
            case RANGE -> throw new IllegalArgumentException("a range needs two bounds");
            default -> new ExtractedQuantity(text, plain, plain, plain, qualifier, unit);
        };
    }

    static ExtractedQuantity range(String text, BigDecimal low, BigDecimal high, String unit) {
        return new ExtractedQuantity(text, null, plain(low), plain(high), Qualifier.RANGE, unit);
    }

    /** Strips trailing zeros without ever producing exponent notation, so JSON shows 300000 and 1.5. */
    static BigDecimal plain(BigDecimal number) {
        BigDecimal stripped = number.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
