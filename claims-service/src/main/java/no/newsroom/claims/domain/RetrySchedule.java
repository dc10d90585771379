package no.newsroom.claims.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * When to try a failed delivery again: exponential backoff from {@code firstDelay}, capped at {@code maxDelay}, with
 * jitter so that receivers coming back up are not hit by every queued delivery at once. After {@code window} from
 * the first attempt nothing is retried any more.
 */
public record RetrySchedule(Duration firstDelay, Duration maxDelay, Duration window) {

    /** Jitter takes up to this share off a delay. */
    private static final double JITTER = 0.5;

    /**
     * @param attempts attempts made so far, at least one
     * @return when to try next, or empty when the retry window has passed
     */
    public Optional<Instant> next(int attempts, Instant firstAttempt, Instant now, RandomGenerator random) {
        if (!now.isBefore(firstAttempt.plus(window))) {
            return Optional.empty();
        }
        long base = firstDelay.toMillis() << Math.min(attempts - 1, 30);
        long capped = Math.min(Math.max(base, firstDelay.toMillis()), maxDelay.toMillis());
        long delay = Math.round(capped * (1 - JITTER * random.nextDouble()));
        Instant next = now.plusMillis(delay);
        Instant last = firstAttempt.plus(window);
        return Optional.of(next.isAfter(last) ? last : next);
    }
}
