package no.newsroom.claims.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import no.newsroom.claims.matching.ClaimText;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "MatchClaim", description = "A claim to match; its figures are read from the statement")
public record MatchClaimRequest(
        @Size(max = 100) @Schema(example = "c-2", nullable = true) String id,
        @NotBlank @Size(max = 5_000)
        @Schema(example = "Ukrainian authorities say they have shot down four Russian aircraft, including three "
                + "helicopters, over the past day.")
        String statement,
        @Size(max = 300) @Schema(example = "Ukrainian authorities", nullable = true) String claimant,
        @Size(max = 300) @Schema(example = "Reuters", nullable = true) String source,
        @NotBlank @Pattern(regexp = Languages.BCP47, message = "must be a BCP 47 language tag such as nb or en")
        @Schema(example = "en") String language,
        @Schema(example = "2022-03-14T10:30:00Z", nullable = true) Instant reportedAt) {

    ClaimText toClaimText() {
        return new ClaimText(id, statement, claimant, source, language, reportedAt);
    }
}
