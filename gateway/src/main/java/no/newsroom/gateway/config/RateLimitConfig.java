package no.newsroom.gateway.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Per-client token buckets for writes ({@code gateway.rate-limit.*}); a client is a token subject or an IP. */
@ConfigMapping(prefix = "gateway.rate-limit")
public interface RateLimitConfig {

    @WithDefault("true")
    boolean enabled();

    /** Writes a client may burst. */
    @WithDefault("30")
    int capacity();

    /** Sustained writes per second per client. */
    @WithDefault("5")
    double refillPerSecond();
}
