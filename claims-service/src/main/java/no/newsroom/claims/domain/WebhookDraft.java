package no.newsroom.claims.domain;

import java.util.List;

public record WebhookDraft(String url, List<String> eventTypes) {
}
