package no.newsroom.claims.rest;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

@Schema(name = "ClaimEvent", description = "An entry of the claim event feed")
public record EventResponse(
        @Schema(example = "42") long id,
        @Schema(example = "claim.statusChanged") String type,
        Instant occurredAt,
        UUID subjectId,
        UUID articleId,
        @JsonProperty("public") @Schema(name = "public") boolean isPublic,
        @Schema(example = "{\"from\": \"UNVERIFIED\", \"to\": \"IN_REVIEW\", \"status\": \"IN_REVIEW\", "
                + "\"publicStatus\": \"IN_REVIEW\", \"pendingApproval\": false}")
        Map<String, Object> data) {
}
