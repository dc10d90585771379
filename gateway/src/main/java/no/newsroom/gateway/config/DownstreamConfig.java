package no.newsroom.gateway.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/**
 * Fault tolerance of the calls to articles-service and claims-service ({@code gateway.downstream.*}). The client
 * wrappers build their guards from it at startup, so every limit can be tuned per environment without a rebuild.
 */
@ConfigMapping(prefix = "gateway.downstream")
public interface DownstreamConfig {

    Service articles();

    ClaimsService claims();

    interface Service {

        /** Upper bound of one call, retries excluded. */
        @WithDefault("2s")
        Duration timeout();

        Retry retry();

        CircuitBreaker circuitBreaker();

        Bulkhead bulkhead();
    }

    interface ClaimsService extends Service {

        /** Claims only decorate an article page; waiting longer than this serves the article without them. */
        @WithDefault("1s")
        Duration compositionTimeout();
    }

    /** Applies to idempotent reads only; writes are never retried. */
    interface Retry {

        @WithDefault("2")
        int maxRetries();

        @WithDefault("100ms")
        Duration delay();
    }

    interface CircuitBreaker {

        @WithDefault("true")
        boolean enabled();

        @WithDefault("20")
        int requestVolumeThreshold();

        @WithDefault("0.5")
        double failureRatio();

        @WithDefault("5s")
        Duration delay();
    }

    /** Concurrent calls in flight and waiting per service, so one slow service cannot absorb every connection. */
    interface Bulkhead {

        @WithDefault("64")
        int limit();

        @WithDefault("256")
        int queueSize();
    }
}
