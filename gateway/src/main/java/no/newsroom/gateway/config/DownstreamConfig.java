package no.newsroom.gateway.config;

import io.smallrye.config.ConfigMapping;

import java.time.Duration;

/**
 * Fault tolerance of the calls to articles-service and claims-service ({@code gateway.downstream.*}). The client
 * wrappers build their guards from it at startup, so every limit can be tuned per environment without a rebuild.
 * The values, defaults included, live in application.properties only.
 */
@ConfigMapping(prefix = "gateway.downstream")
public interface DownstreamConfig {

    Service articles();

    ClaimsService claims();

    interface Service {

        /** Upper bound of one call, retries excluded. */
        Duration timeout();

        Retry retry();

        CircuitBreaker circuitBreaker();

        Bulkhead bulkhead();
    }

    interface ClaimsService extends Service {

        /** Claims only decorate an article page; waiting longer than this serves the article without them. */
        Duration compositionTimeout();
    }

    /** Applies to idempotent reads only; writes are never retried. */
    interface Retry {

        int maxRetries();

        Duration delay();
    }

    interface CircuitBreaker {

        boolean enabled();

        int requestVolumeThreshold();

        double failureRatio();

        Duration delay();
    }

    /** Concurrent calls in flight and waiting per service, so one slow service cannot absorb every connection. */
    interface Bulkhead {

        int limit();

        int queueSize();
    }
}
