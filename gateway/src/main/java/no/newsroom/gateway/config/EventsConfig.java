package no.newsroom.gateway.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** How the gateway follows the services' event outboxes for the live stream ({@code gateway.events.*}). */
@ConfigMapping(prefix = "gateway.events")
public interface EventsConfig {

    /** Off in tests that do not exercise the stream, so stray polls do not hit the stubbed services. */
    @WithDefault("true")
    boolean polling();

    @WithDefault("1s")
    Duration pollInterval();

    /** Events fetched per feed and request (1-500, the services' limit). */
    @WithDefault("200")
    int batchSize();

    @WithDefault("2s")
    Duration timeout();
}
