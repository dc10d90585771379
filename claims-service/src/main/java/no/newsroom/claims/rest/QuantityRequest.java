package no.newsroom.claims.rest;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import no.newsroom.claims.model.Qualifier;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;

@Schema(name = "Quantity", description = "A reported number. EXACT/APPROXIMATE: value; AT_LEAST: value (= low); "
        + "AT_MOST: value (= high); RANGE: low and high. partOf: index of the quantity this is a sub-count of.")
public record QuantityRequest(
        @Digits(integer = 16, fraction = 4) @Schema(example = "3") BigDecimal value,
        @Digits(integer = 16, fraction = 4) @Schema(nullable = true) BigDecimal low,
        @Digits(integer = 16, fraction = 4) @Schema(nullable = true) BigDecimal high,
        @NotNull @Schema(example = "EXACT") Qualifier qualifier,
        @Size(max = 100) @Schema(example = "helikoptre") String unit,
        @Min(0) @Schema(nullable = true, example = "0") Integer partOf) {
}
