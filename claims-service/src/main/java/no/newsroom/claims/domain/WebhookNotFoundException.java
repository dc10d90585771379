package no.newsroom.claims.domain;

import no.newsroom.support.rest.ResourceNotFoundException;

import java.util.UUID;

public class WebhookNotFoundException extends ResourceNotFoundException {

    public WebhookNotFoundException(UUID id) {
        super("Webhook subscription not found", "No webhook subscription with id " + id);
    }

    public WebhookNotFoundException(UUID id, UUID deliveryId) {
        super("Webhook subscription not found", "Webhook subscription " + id + " has no delivery " + deliveryId);
    }
}
