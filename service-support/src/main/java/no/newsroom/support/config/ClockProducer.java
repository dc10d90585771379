package no.newsroom.support.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import java.time.Clock;
import java.time.Duration;

public class ClockProducer {

    /** Microsecond ticks match PostgreSQL timestamps, so keyset cursors compare exactly with stored values. */
    @Produces
    @ApplicationScoped
    Clock clock() {
        return Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));
    }
}
