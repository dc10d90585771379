package no.newsroom.articles.service;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import jakarta.inject.Singleton;

import java.time.Clock;

/**
 * The outbox's lag as gauges read at each scrape: {@code outbox.lag.events} (events no feed reader has asked past)
 * and {@code outbox.lag.seconds} (how long the oldest of them has waited).
 */
@Singleton
public class OutboxMetrics implements MeterBinder {

    private final EventService outbox;
    private final Clock clock;

    public OutboxMetrics(EventService outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("outbox.lag.events", outbox, lagging -> lagging.backlog().events())
                .description("Article events not yet read by any feed reader")
                .register(registry);
        Gauge.builder("outbox.lag.seconds", outbox, lagging -> lagging.backlog().age(clock.instant()).toMillis() / 1e3)
                .description("Age of the oldest article event not yet read by any feed reader")
                .register(registry);
    }
}
