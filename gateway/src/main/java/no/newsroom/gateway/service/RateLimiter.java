package no.newsroom.gateway.service;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import no.newsroom.gateway.config.RateLimitConfig;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/** A token bucket per client and policy: bursts up to the capacity, then the refill rate. */
@ApplicationScoped
public class RateLimiter {

    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    private final boolean enabled;
    private final Map<String, RateLimitPolicy> policies;
    private final LongSupplier clock;
    private final Map<Key, Bucket> buckets = new ConcurrentHashMap<>();

    @Inject
    public RateLimiter(RateLimitConfig config) {
        this(config, System::nanoTime);
    }

    RateLimiter(RateLimitConfig config, LongSupplier clock) {
        this.enabled = config.enabled();
        this.policies = Map.of(
                RateLimitPolicy.WRITES, RateLimitPolicy.of(RateLimitPolicy.WRITES, config.writes()),
                RateLimitPolicy.EXTRACTIONS, RateLimitPolicy.of(RateLimitPolicy.EXTRACTIONS, config.extractions()));
        this.clock = clock;
    }

    /** The policy of that name, or empty when limiting is switched off. */
    public Optional<RateLimitPolicy> policy(String name) {
        return enabled ? Optional.of(policies.get(name)) : Optional.empty();
    }

    /** Takes one request from the client's bucket if there is one left; says what is left either way. */
    public RateLimitDecision tryAcquire(RateLimitPolicy policy, String client) {
        return buckets.computeIfAbsent(new Key(policy.name(), client), key -> new Bucket(policy, clock.getAsLong()))
                .take(clock.getAsLong());
    }

    /** Idle clients' buckets are full again and carry no state worth keeping. */
    @Scheduled(every = "1m")
    void forgetIdleClients() {
        long now = clock.getAsLong();
        buckets.values().removeIf(bucket -> bucket.isFull(now));
    }

    private record Key(String policy, String client) {
    }

    private static final class Bucket {

        private final RateLimitPolicy policy;
        private double tokens;
        private long updatedAt;

        Bucket(RateLimitPolicy policy, long now) {
            this.policy = policy;
            this.tokens = policy.capacity();
            this.updatedAt = now;
        }

        synchronized RateLimitDecision take(long now) {
            refill(now);
            boolean allowed = tokens >= 1;
            if (allowed) {
                tokens -= 1;
            }
            long retryAfter = allowed ? 0 : secondsUntil(1 - tokens);
            return new RateLimitDecision(policy, allowed, (int) Math.floor(tokens),
                    secondsUntil(policy.capacity() - tokens), retryAfter);
        }

        synchronized boolean isFull(long now) {
            refill(now);
            return tokens >= policy.capacity();
        }

        private long secondsUntil(double missingTokens) {
            return (long) Math.ceil(missingTokens / policy.refillPerSecond());
        }

        private void refill(long now) {
            tokens = Math.min(policy.capacity(), tokens + (now - updatedAt) * policy.refillPerSecond()
                    / NANOS_PER_SECOND);
            updatedAt = now;
        }
    }
}
