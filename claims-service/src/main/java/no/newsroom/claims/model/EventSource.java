package no.newsroom.claims.model;

/** The feed an event came from: this service's claim outbox or articles-service's event feed. */
public enum EventSource {
    CLAIMS,
    ARTICLES
}
