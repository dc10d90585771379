package no.newsroom.claims.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import no.newsroom.claims.model.WebhookStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

@Schema(name = "Webhook")
public record WebhookResponse(
        UUID id,
        @Schema(example = "https://hooks.partner.example/newsroom") String url,
        @Schema(example = "[\"article.published\", \"claim.approved\"]") List<String> eventTypes,
        @Schema(example = "ACTIVE") WebhookStatus status,
        @Schema(description = "Why deliveries stopped, when status is DISABLED", nullable = true)
        String disabledReason,
        @Schema(nullable = true) Instant disabledAt,
        @Schema(description = "Until then deliveries are signed with the previous secret too", nullable = true) Instant
                previousSecretExpiresAt,
        String createdBy,
        Instant createdAt,
        Instant updatedAt,
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "Only in the answers to creation and rotation: it is never shown again",
                example = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw")
        String secret) {
}
