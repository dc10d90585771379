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

/**
 * The editable fields of a claim. {@code PATCH /claims/{id}} merges the patch document (RFC 7396) into the current
 * values and validates the result as this record.
 */
@Schema(name = "ClaimPatch", description = "Merge patch (RFC 7396) of the editable fields; null clears optional ones. "
        + "Content fields need the editor role; assignee, recheckBy and supersededBy editor or verifier.")
public record ClaimEditRequest(
        @NotNull @Valid AnchorRequest anchor,
        @NotBlank @Size(max = 5_000) String statement,
        @NotBlank @Size(max = 140) String claimReviewed,
        @Size(max = 300) @Schema(nullable = true) String claimant,
        @Size(max = 300) @Schema(nullable = true) String source,
        @NotBlank @Pattern(regexp = Languages.BCP47, message = "must be a BCP 47 language tag such as nb or en")
        String language,
        @Schema(nullable = true) Instant reportedAt,
        @Schema(nullable = true) Boolean independentlyConfirmed,
        @NotNull @Size(max = 50) List<@NotNull @Valid QuantityRequest> quantities,
        @Size(max = 200) @Schema(nullable = true, example = "kari") String assignee,
        @Schema(nullable = true, example = "2022-03-16T08:00:00Z") Instant recheckBy,
        @Schema(nullable = true) UUID supersededBy) {
}
