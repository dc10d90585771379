package no.newsroom.gateway.client;

import io.smallrye.faulttolerance.api.Guard;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.util.TypeLiteral;
import jakarta.ws.rs.core.Response;
import no.newsroom.gateway.config.DownstreamConfig;
import org.eclipse.microprofile.faulttolerance.exceptions.FaultToleranceException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.Supplier;

/**
 * Guards built from {@link DownstreamConfig}: a timeout, a circuit breaker and a bulkhead around every call, and
 * retries only around idempotent reads. Each guard keeps its own circuit-breaker state, named
 * {@code <service>-<kind>} for the fault-tolerance metrics. The one failure policy of the gateway's downstream calls:
 * a service unreachable, answering 5xx, too slow, behind an open circuit or with a full bulkhead is
 * {@link ServiceUnavailableException} (503 with Retry-After); any other exception is a bug and is neither retried,
 * counted against the service, nor disguised (500, logged).
 */
final class DownstreamGuards {

    private static final TypeLiteral<Uni<Downstream>> ANSWER = new TypeLiteral<>() {
    };
    /** The failures that are retried and that open the circuit; a bug is neither. */
    private static final List<Class<? extends Throwable>> UNAVAILABLE =
            List.of(ServiceUnavailableException.class, TimeoutException.class);

    private final String service;
    private final Guard guard;

    private DownstreamGuards(String service, Guard guard) {
        this.service = service;
        this.guard = guard;
    }

    static DownstreamGuards read(String service, DownstreamConfig.Service config) {
        return read(service, "read", config, config.timeout());
    }

    static DownstreamGuards read(String service, String kind, DownstreamConfig.Service config, Duration timeout) {
        var retry = config.retry();
        Guard.Builder builder = base(service + "-" + kind, config, timeout)
                .withRetry()
                .maxRetries(retry.maxRetries())
                .delay(retry.delay().toMillis(), ChronoUnit.MILLIS)
                .retryOn(UNAVAILABLE)
                .done();
        return new DownstreamGuards(service, builder.build());
    }

    static DownstreamGuards write(String service, DownstreamConfig.Service config) {
        return new DownstreamGuards(service, base(service + "-write", config, config.timeout()).build());
    }

    private static Guard.Builder base(String name, DownstreamConfig.Service config, Duration timeout) {
        Guard.Builder builder = Guard.create()
                .withDescription(name)
                .withTimeout().duration(timeout.toMillis(), ChronoUnit.MILLIS).done()
                .withBulkhead().limit(config.bulkhead().limit()).queueSize(config.bulkhead().queueSize()).done();
        var breaker = config.circuitBreaker();
        if (breaker.enabled()) {
            builder.withCircuitBreaker()
                    .name(name)
                    .requestVolumeThreshold(breaker.requestVolumeThreshold())
                    .failureRatio(breaker.failureRatio())
                    .delay(breaker.delay().toMillis(), ChronoUnit.MILLIS)
                    .failOn(UNAVAILABLE)
                    .done();
        }
        return builder;
    }

    /** Runs {@code call} guarded; a tripped guard is reported as this service being unavailable. */
    Uni<Downstream> call(Supplier<Uni<Response>> call) {
        return guard.get(() -> Downstream.read(service, call.get()), ANSWER)
                .onFailure(FaultToleranceException.class)
                .transform(failure -> new ServiceUnavailableException(service, failure));
    }
}
