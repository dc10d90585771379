package no.newsroom.claims.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ExtractionRequest", description = "Text to find claim candidates in; language nb or en, or null to "
        + "detect it")
public record ExtractionRequest(
        @NotNull @Size(max = 100_000)
        @Schema(example = "Ukrainske myndigheter hevder at de har skutt ned fire russiske fly, blant dem tre "
                + "helikoptre, det siste døgnet. Det er ikke bekreftet av uavhengige kilder.")
        String text,
        @Pattern(regexp = Languages.BCP47, message = "must be a BCP 47 language tag such as nb or en")
        @Schema(example = "nb", nullable = true) String language) {
}
