package no.newsroom.claims.domain;

import java.util.UUID;

public class WebhookNotFoundException extends RuntimeException {

    public WebhookNotFoundException(UUID id) {
        super("No webhook subscription with id " + id);
    }

    public WebhookNotFoundException(UUID id, UUID deliveryId) {
        super("Webhook subscription " + id + " has no delivery " + deliveryId);
    }
}
