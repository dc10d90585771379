package no.newsroom.claims.rest;

import no.newsroom.claims.model.EvidenceType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

@Schema(name = "Evidence", description = "reliedOn: a verdict used it, so it can be superseded but not removed")
public record EvidenceResponse(
        UUID id,
        UUID claimId,
        @Schema(example = "INDEPENDENT_REPORT") EvidenceType type,
        String url,
        String description,
        boolean independent,
        @Schema(example = "vera") String addedBy,
        Instant addedAt,
        boolean reliedOn,
        boolean superseded,
        @Schema(nullable = true) Instant supersededAt,
        @Schema(nullable = true) String supersededBy,
        @Schema(nullable = true) String supersedeReason,
        @Schema(description = "The claim this item was copied from with a shared verdict", nullable = true)
        UUID takenFrom) {
}
