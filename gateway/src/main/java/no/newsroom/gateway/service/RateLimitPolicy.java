package no.newsroom.gateway.service;

import no.newsroom.gateway.config.RateLimitConfig;

/**
 * A named budget as clients see it: a quota of requests restored over a window. The window is the time an empty
 * bucket takes to fill, so quota / window is the sustained rate.
 */
public record RateLimitPolicy(String name, int capacity, double refillPerSecond) {

    public static final String WRITES = "writes";
    public static final String EXTRACTIONS = "extractions";

    static RateLimitPolicy of(String name, RateLimitConfig.Budget budget) {
        return new RateLimitPolicy(name, budget.capacity(), budget.refillPerSecond());
    }

    public long windowSeconds() {
        return (long) Math.ceil(capacity / refillPerSecond);
    }
}
