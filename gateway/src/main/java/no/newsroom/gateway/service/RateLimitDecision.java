package no.newsroom.gateway.service;

/**
 * One request counted against a policy: whether it may go ahead, the requests left, the seconds until the bucket is
 * full again, and for a refused request the seconds until the next one is allowed.
 */
public record RateLimitDecision(RateLimitPolicy policy, boolean allowed, int remaining, long resetSeconds,
        long retryAfterSeconds) {
}
