package no.newsroom.gateway.service;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import no.newsroom.gateway.config.RateLimitConfig;

import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/** A token bucket per client: bursts up to the capacity, then the refill rate. */
@ApplicationScoped
public class WriteRateLimiter {

    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    private final RateLimitConfig config;
    private final LongSupplier clock;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    @Inject
    public WriteRateLimiter(RateLimitConfig config) {
        this(config, System::nanoTime);
    }

    WriteRateLimiter(RateLimitConfig config, LongSupplier clock) {
        this.config = config;
        this.clock = clock;
    }

    /** Empty when the write may go ahead; otherwise the seconds until the client may try again. */
    public OptionalLong tryAcquire(String client) {
        if (!config.enabled()) {
            return OptionalLong.empty();
        }
        return buckets.computeIfAbsent(client, key -> new Bucket(config.capacity(), clock.getAsLong()))
                .take(config.capacity(), config.refillPerSecond(), clock.getAsLong());
    }

    /** Idle clients' buckets are full again and carry no state worth keeping. */
    @Scheduled(every = "1m")
    void forgetIdleClients() {
        long now = clock.getAsLong();
        buckets.values().removeIf(bucket -> bucket.isFull(config.capacity(), config.refillPerSecond(), now));
    }

    private static final class Bucket {

        private double tokens;
        private long updatedAt;

        Bucket(double tokens, long now) {
            this.tokens = tokens;
            this.updatedAt = now;
        }

        synchronized OptionalLong take(int capacity, double refillPerSecond, long now) {
            refill(capacity, refillPerSecond, now);
            if (tokens >= 1) {
                tokens -= 1;
                return OptionalLong.empty();
            }
            return OptionalLong.of((long) Math.ceil((1 - tokens) / refillPerSecond));
        }

        synchronized boolean isFull(int capacity, double refillPerSecond, long now) {
            refill(capacity, refillPerSecond, now);
            return tokens >= capacity;
        }

        private void refill(int capacity, double refillPerSecond, long now) {
            tokens = Math.min(capacity, tokens + (now - updatedAt) * refillPerSecond / NANOS_PER_SECOND);
            updatedAt = now;
        }
    }
}
