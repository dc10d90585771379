package no.newsroom.claims.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

@Schema(name = "ClaimRequest", description = "A claim reported by an article; it starts UNVERIFIED")
public record ClaimRequest(
        @NotNull @Schema(example = "0b6f6c9e-1f0a-4a53-8c9a-5d1f1e2b7c44") UUID articleId,
        @NotNull @Valid AnchorRequest anchor,
        @NotBlank @Size(max = 5_000)
        @Schema(example = "Ukrainske myndigheter hevder at de har skutt ned fire russiske fly, blant dem tre "
                + "helikoptre, det siste døgnet.")
        String statement,
        @NotBlank @Size(max = 140)
        @Schema(example = "Ukraina skjøt ned fire russiske fly, blant dem tre helikoptre, det siste døgnet")
        String claimReviewed,
        @Size(max = 300) @Schema(example = "Ukrainske myndigheter") String claimant,
        @Size(max = 300) @Schema(example = "Interfax Ukraine") String source,
        @NotBlank @Pattern(regexp = Languages.BCP47, message = "must be a BCP 47 language tag such as nb or en")
        @Schema(example = "nb") String language,
        @Schema(example = "2022-03-14T08:00:00Z") Instant reportedAt,
        @Schema(example = "false") Boolean independentlyConfirmed,
        @Size(max = 50) List<@NotNull @Valid QuantityRequest> quantities) {
}
