package no.newsroom.claims.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import no.newsroom.claims.model.ClaimStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TransitionRequest", description = "Move a claim in the workflow. Verdicts need a rationale; "
        + "reopening a verdict (to IN_REVIEW or UNVERIFIED) needs a reason.")
public record TransitionRequest(
        @NotNull @Schema(example = "CONFIRMED") ClaimStatus to,
        @Size(max = 10_000)
        @Schema(example = "Forsvarsdepartementet og to uavhengige OSINT-kilder bekrefter tallene.") String rationale,
        @Size(max = 2_000) @Schema(example = "Nye opplysninger fra Reuters") String reason) {
}
