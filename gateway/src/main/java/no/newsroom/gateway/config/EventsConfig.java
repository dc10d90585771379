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

    /** Recent events kept in memory, so a reconnecting client within this window needs no outbox read. */
    @WithDefault("1000")
    int retained();

    /** How often every stream carries a heartbeat comment, so proxies keep it open and clients know it is alive. */
    @WithDefault("15s")
    Duration heartbeat();

    /** Open streams the gateway serves at once; the next one gets 503 with Retry-After. */
    @WithDefault("1000")
    int maxStreams();

    /** Open streams per caller (token subject, or remote address when anonymous); the next one gets 429. */
    @WithDefault("5")
    int maxStreamsPerCaller();

    /**
     * Live events a stream may fall behind its client by; at least one poll's worth (twice the batch size), as a
     * poll relays its events at once. A client that does not read fast enough is disconnected rather than
     * buffered without end; it reconnects with Last-Event-ID and catches up from the outboxes.
     */
    @WithDefault("1000")
    int subscriberBuffer();

}
