package no.newsroom.gateway.openapi;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Webhook shapes as the API document shows them; documentation only, like {@link ClaimDocs}. */
public final class WebhookDocs {

    static final String EVENT_TYPES = "article.published, article.updated, article.unpublished, article.archived, "
            + "article.blockChanged, claim.created, claim.statusChanged, claim.approved";

    /** The scheme every delivery follows; shown on the tag and on the delivery callback. */
    public static final String SIGNING = """
            Deliveries follow the Standard Webhooks conventions (https://www.standardwebhooks.com): a POST of \
            `{"type", "timestamp", "data"}` as JSON with the headers `webhook-id` (the same on every attempt of a \
            delivery, so receivers can deduplicate), `webhook-timestamp` (Unix seconds of this attempt) and \
            `webhook-signature`: `v1,` followed by the base64 HMAC-SHA256 of `<webhook-id>.<webhook-timestamp>.<body>` \
            keyed with the base64-decoded part of the secret after `whsec_`. While a rotated-out secret is still \
            valid, the header holds one signature per secret, separated by spaces; accept the delivery when any of \
            them matches. Reject timestamps more than five minutes away from your clock. Answer 2xx within 5 \
            seconds; anything else is retried with exponential backoff and jitter (5 s doubling to at most 1 h) for \
            25 hours, after which the subscription is DISABLED with a reason. Events reach a subscription in the \
            order they happened, at least once; a later event waits while an earlier one is retried. Payloads carry \
            public fields only.""";

    private WebhookDocs() {
    }

    @Schema(name = "WebhookDraft", description = "A receiver URL and the public event types it wants")
    public record WebhookDraft(
            @Schema(example = Examples.WEBHOOK_URL, maxLength = 2000, description = "http or https; the host must "
                    + "resolve to public addresses only") String url,
            @Schema(description = "One or more of " + EVENT_TYPES, minItems = 1, maxItems = 20,
                    example = "[\"article.published\", \"claim.approved\"]") List<String> eventTypes) {
    }

    @Schema(name = "WebhookPatch", description = "JSON merge patch: fields left out stay as they are")
    public record WebhookPatch(
            @Schema(example = Examples.WEBHOOK_URL, maxLength = 2000) String url,
            @Schema(description = "One or more of " + EVENT_TYPES, minItems = 1, maxItems = 20) List<String>
                    eventTypes,
            @Schema(description = "true pauses (deliveries queue up), false resumes and re-enables a DISABLED "
                    + "subscription", example = "true") Boolean paused) {
    }

    @Schema(name = "Webhook", description = "A subscription. secret appears only in the answers to creation and "
            + "rotation.")
    public record Webhook(
            @Schema(required = true, example = Examples.WEBHOOK_ID) UUID id,
            @Schema(required = true, example = Examples.WEBHOOK_URL) String url,
            @Schema(required = true, example = "[\"article.published\", \"claim.approved\"]") List<String> eventTypes,
            @Schema(required = true, enumeration = {"ACTIVE", "PAUSED", "DISABLED"}, example = "ACTIVE") String status,
            @Schema(required = true, nullable = true, description = "Why deliveries stopped, when DISABLED",
                    example = "Delivery 2f4a6c8e-0b1d-4f3a-9c5e-7d9f1b3d5e70 failed 31 times since "
                            + "2022-03-14T09:12:00Z; last: answered 500") String disabledReason,
            @Schema(required = true, nullable = true) Instant disabledAt,
            @Schema(required = true, nullable = true,
                    description = "Until then deliveries are signed with the previous secret too")
            Instant previousSecretExpiresAt,
            @Schema(required = true, example = "ada") String createdBy,
            @Schema(required = true, example = Examples.TIMESTAMP) Instant createdAt,
            @Schema(required = true, example = Examples.TIMESTAMP) Instant updatedAt,
            @Schema(example = Examples.WEBHOOK_SECRET, description = "Only after creation and rotation: store it, it "
                    + "is never shown again. whsec_ and the base64 of 32 random bytes.") String secret) {
    }

    @Schema(name = "WebhookPage", description = "All subscriptions, oldest first")
    public record WebhookPage(@Schema(required = true) List<Webhook> items,
                              @Schema(required = true, nullable = true) String nextCursor,
                              @Schema(required = true, example = "1") long total) {
    }

    @Schema(name = "WebhookDelivery", description = "One event owed to one subscription and its latest attempt")
    public record WebhookDelivery(
            @Schema(required = true, example = Examples.DELIVERY_ID, description = "The webhook-id header") UUID id,
            @Schema(required = true, example = "claim.approved") String eventType,
            @Schema(required = true, enumeration = {"PENDING", "DELIVERED", "FAILED"}, example = "DELIVERED")
                    String status,
            @Schema(required = true, example = "4") int attempts,
            @Schema(required = true, nullable = true, example = "2022-03-15T10:04:01Z") Instant firstAttemptAt,
            @Schema(required = true, nullable = true, example = "2022-03-15T10:04:36Z") Instant lastAttemptAt,
            @Schema(required = true, nullable = true, description = "When the next attempt is due, while PENDING")
                    Instant
                    nextAttemptAt,
            @Schema(required = true, nullable = true, example = "200",
                    description = "null when the receiver did not answer")
            Integer lastStatusCode,
            @Schema(required = true, nullable = true, example = "38") Integer lastLatencyMs,
            @Schema(required = true, nullable = true, example = "answered 500") String lastError,
            @Schema(required = true, example = "2022-03-15T10:04:00Z") Instant createdAt,
            @Schema(required = true) WebhookMessage payload) {
    }

    @Schema(name = "WebhookDeliveryPage", description = "One page of the delivery log, newest first")
    public record WebhookDeliveryPage(@Schema(required = true) List<WebhookDelivery> items,
                                      @Schema(required = true, nullable = true,
                                              example = "MjAyMi0wMy0xNVQxMDowNDowMFo") String
                                              nextCursor,
                                      @Schema(required = true, example = "1") long total) {
    }

    @Schema(name = "WebhookMessage", description = "The body of a delivery: the event's type, when it happened and "
            + "its public data with the ids it concerns")
    public record WebhookMessage(
            @Schema(required = true, description = "One of " + EVENT_TYPES, example = "claim.approved") String type,
            @Schema(required = true, example = "2022-03-15T10:04:00Z") Instant timestamp,
            @Schema(required = true,
                    description = "claimId and articleId (claim events) or articleId (article events), with the "
                    + "fields of the public event feed") Object data) {
    }
}
