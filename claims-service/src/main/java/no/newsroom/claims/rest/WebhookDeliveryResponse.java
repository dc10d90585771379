package no.newsroom.claims.rest;

import no.newsroom.claims.model.DeliveryStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

@Schema(name = "WebhookDelivery", description = "One event sent (or being sent) to one subscription")
public record WebhookDeliveryResponse(
        @Schema(description = "The webhook-id header, the same on every attempt") UUID id,
        @Schema(example = "claim.approved") String eventType,
        @Schema(example = "DELIVERED") DeliveryStatus status,
        @Schema(example = "4") int attempts,
        @Schema(nullable = true) Instant firstAttemptAt,
        @Schema(nullable = true) Instant lastAttemptAt,
        @Schema(description = "When the next attempt is due, while PENDING", nullable = true) Instant nextAttemptAt,
        @Schema(description = "The receiver's status code on the last attempt; null when it did not answer",
                nullable = true, example = "200") Integer lastStatusCode,
        @Schema(nullable = true, example = "12") Integer lastLatencyMs,
        @Schema(nullable = true, example = "answered 500") String lastError,
        Instant createdAt,
        @Schema(description = "The body sent: type, timestamp and the event's public data")
        Map<String, Object> payload) {
}
