package no.newsroom.claims.mapping;

import no.newsroom.claims.domain.WebhookChange;
import no.newsroom.claims.domain.WebhookDraft;
import no.newsroom.claims.model.DeliveryStatus;
import no.newsroom.claims.model.WebhookDelivery;
import no.newsroom.claims.model.WebhookSubscription;
import no.newsroom.claims.rest.WebhookDeliveryResponse;
import no.newsroom.claims.rest.WebhookPatchRequest;
import no.newsroom.claims.rest.WebhookRequest;
import no.newsroom.claims.rest.WebhookResponse;

public final class WebhookMapper {

    private WebhookMapper() {
    }

    public static WebhookDraft toDraft(WebhookRequest request) {
        return new WebhookDraft(request.url().strip(), request.eventTypes());
    }

    public static WebhookChange toChange(WebhookPatchRequest request) {
        return new WebhookChange(request.url() == null ? null : request.url().strip(), request.eventTypes(),
                request.paused());
    }

    public static WebhookResponse toResponse(WebhookSubscription subscription) {
        return response(subscription, null);
    }

    /** The one answer that shows the secret: after creation or rotation. */
    public static WebhookResponse toResponseWithSecret(WebhookSubscription subscription) {
        return response(subscription, subscription.secret);
    }

    public static WebhookDeliveryResponse toResponse(WebhookDelivery delivery) {
        return new WebhookDeliveryResponse(delivery.messageId, delivery.eventType, delivery.status, delivery.attempts,
                delivery.firstAttemptAt, delivery.lastAttemptAt,
                delivery.status == DeliveryStatus.PENDING ? delivery.nextAttemptAt : null, delivery.lastStatusCode,
                delivery.lastLatencyMs, delivery.lastError, delivery.createdAt, delivery.payload);
    }

    private static WebhookResponse response(WebhookSubscription subscription, String secret) {
        return new WebhookResponse(subscription.id, subscription.url, subscription.eventTypes, subscription.status,
                subscription.disabledReason, subscription.disabledAt, subscription.previousSecretExpiresAt,
                subscription.createdBy, subscription.createdAt, subscription.updatedAt, secret);
    }
}
