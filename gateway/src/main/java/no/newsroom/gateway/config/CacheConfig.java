package no.newsroom.gateway.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** The cache of published article reads served to anonymous callers, and the compositions kept for revalidation
 * ({@code gateway.cache.*}). */
@ConfigMapping(prefix = "gateway.cache")
public interface CacheConfig {

    @WithDefault("true")
    boolean enabled();

    /** Also the max-age clients and proxies are told; events invalidate earlier. */
    @WithDefault("10s")
    Duration ttl();

    @WithDefault("1000")
    int maxEntries();

    /** Bound of the compositions kept for revalidation (see KeptCompositions), by their size in bytes. */
    @WithDefault("16777216")
    long keptCompositionsMaxBytes();
}
