package no.newsroom.claims.domain;

import java.util.List;

/** A partial update of a subscription: null fields stay as they are. */
public record WebhookChange(String url, List<String> eventTypes, Boolean paused) {
}
