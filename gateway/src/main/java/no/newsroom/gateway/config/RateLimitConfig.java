package no.newsroom.gateway.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Per-client token buckets ({@code gateway.rate-limit.*}); a client is a token subject or an IP. Writes and
 * extractions have separate budgets: extracting stores nothing, and a batch client extracting a backlog should not
 * spend the writes an editor needs.
 */
@ConfigMapping(prefix = "gateway.rate-limit")
public interface RateLimitConfig {

    @WithDefault("true")
    boolean enabled();

    /** Every POST, PUT, PATCH and DELETE except extraction. */
    Budget writes();

    /** {@code POST /api/v1/extractions}. */
    Budget extractions();

    interface Budget {

        /** Requests a client may burst. */
        int capacity();

        /** Sustained requests per second per client. */
        double refillPerSecond();
    }
}
