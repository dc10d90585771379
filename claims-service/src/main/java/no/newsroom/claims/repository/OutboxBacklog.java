package no.newsroom.claims.repository;

import java.time.Duration;
import java.time.Instant;

/** The events no feed reader has asked past yet: how many, and when the oldest of them happened (null if none). */
public record OutboxBacklog(long events, Instant oldestOccurredAt) {

    public Duration age(Instant now) {
        return oldestOccurredAt == null ? Duration.ZERO : Duration.between(oldestOccurredAt, now);
    }
}
