package no.newsroom.claims.rest;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ReasonRequest", description = "Why: required to withdraw a claim or supersede evidence")
public record ReasonRequest(
        @Size(max = 2_000) @Schema(example = "Registrert to ganger; se nyere påstand") String reason) {
}
