package no.newsroom.gateway.service;

import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.ScheduledExecution;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.subscription.MultiEmitter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Singleton;
import no.newsroom.gateway.client.EventFeedsClient;
import no.newsroom.gateway.client.FeedEvent;
import no.newsroom.gateway.client.ServiceUnavailableException;
import no.newsroom.gateway.config.EventsConfig;
import org.jboss.logging.Logger;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.function.Function;

/**
 * Follows both services' event outboxes and fans the events out to every stream subscriber. One poll per
 * interval serves all subscribers; the most recent events are kept so reconnecting clients resume without a
 * downstream call, older positions are fetched from the outboxes.
 */
@ApplicationScoped
public class EventRelay {

    private static final Logger LOG = Logger.getLogger(EventRelay.class);
    static final int RETAINED_EVENTS = 1_000;

    private final EventFeedsClient feeds;
    private final PublishedArticleCache cache;
    private final EventsConfig config;

    private final Object lock = new Object();
    private final Deque<LiveEvent> retained = new ArrayDeque<>();
    private final Set<MultiEmitter<? super LiveEvent>> subscribers = new CopyOnWriteArraySet<>();
    /** Where the retained events begin; null until the first poll found the outboxes' heads. */
    private volatile EventCursor floor;
    private volatile EventCursor head;

    public EventRelay(EventFeedsClient feeds, PublishedArticleCache cache, EventsConfig config) {
        this.feeds = feeds;
        this.cache = cache;
        this.config = config;
    }

    @Scheduled(every = "${gateway.events.poll-interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = PollingDisabled.class)
    Uni<Void> poll() {
        if (head == null) {
            return findHeads();
        }
        EventCursor from = head;
        return Uni.combine().all().unis(fetch(feeds::articleEvents, from.articles()), fetch(feeds::claimEvents,
                        from.claims())).asTuple()
                .invoke(both -> publish(both.getItem1(), both.getItem2()))
                .replaceWithVoid();
    }

    /**
     * Events from {@code after} on: first those older than the retained ones (from the outboxes), then the
     * retained ones, then live events as they arrive.
     */
    public Multi<LiveEvent> subscribe(EventCursor after) {
        EventCursor retainedFrom = floor;
        Uni<List<LiveEvent>> older = retainedFrom != null && after.isBefore(retainedFrom)
                ? backlog(after, retainedFrom)
                : Uni.createFrom().item(List.of());
        return older.onItem().transformToMulti(backlog -> Multi.createFrom().<LiveEvent>emitter(emitter -> {
            backlog.forEach(emitter::emit);
            synchronized (lock) {
                retained.stream().filter(event -> event.isAfter(after)).forEach(emitter::emit);
                subscribers.add(emitter);
            }
            emitter.onTermination(() -> subscribers.remove(emitter));
        }));
    }

    /** The live edge, for subscribers that do not resume. */
    public EventCursor head() {
        return head == null ? EventCursor.START : head;
    }

    private Uni<Void> findHeads() {
        return Uni.combine().all().unis(lastId(feeds::articleEvents, 0), lastId(feeds::claimEvents, 0)).asTuple()
                .invoke(both -> {
                    head = new EventCursor(both.getItem1(), both.getItem2());
                    floor = head;
                })
                .onFailure(ServiceUnavailableException.class)
                .invoke(failure -> LOG.debugf("Event feeds not reachable yet: %s", failure.getMessage()))
                .onFailure(ServiceUnavailableException.class).recoverWithNull()
                .replaceWithVoid();
    }

    private Uni<Long> lastId(Function<Long, Uni<List<FeedEvent>>> feed, long after) {
        return feed.apply(after).flatMap(items -> {
            long last = items.isEmpty() ? after : items.get(items.size() - 1).id();
            return items.size() < config.batchSize() ? Uni.createFrom().item(last) : lastId(feed, last);
        });
    }

    private Uni<List<FeedEvent>> fetch(Function<Long, Uni<List<FeedEvent>>> feed, long after) {
        return feed.apply(after)
                .onFailure(ServiceUnavailableException.class)
                .invoke(failure -> LOG.debugf("Event feed skipped this round: %s", failure.getMessage()))
                .onFailure(ServiceUnavailableException.class).recoverWithItem(List.of());
    }

    private Uni<List<LiveEvent>> backlog(EventCursor after, EventCursor until) {
        return Uni.combine().all().unis(fetch(feeds::articleEvents, after.articles()),
                        fetch(feeds::claimEvents, after.claims())).asTuple()
                .map(both -> {
                    List<LiveEvent> events = new ArrayList<>();
                    EventCursor cursor = after;
                    for (FeedEvent event : both.getItem1()) {
                        if (event.id() <= until.articles()) {
                            cursor = cursor.withArticles(event.id());
                            events.add(LiveEvent.of(LiveEvent.Source.ARTICLES, event, cursor));
                        }
                    }
                    for (FeedEvent event : both.getItem2()) {
                        if (event.id() <= until.claims()) {
                            cursor = cursor.withClaims(event.id());
                            events.add(LiveEvent.of(LiveEvent.Source.CLAIMS, event, cursor));
                        }
                    }
                    return events;
                });
    }

    private void publish(List<FeedEvent> articleEvents, List<FeedEvent> claimEvents) {
        synchronized (lock) {
            articleEvents.forEach(event -> relay(LiveEvent.of(LiveEvent.Source.ARTICLES, event,
                    head.withArticles(event.id()))));
            claimEvents.forEach(event -> relay(LiveEvent.of(LiveEvent.Source.CLAIMS, event,
                    head.withClaims(event.id()))));
        }
    }

    private void relay(LiveEvent event) {
        head = event.cursor();
        cache.invalidate(event.concernedArticle());
        retained.addLast(event);
        if (retained.size() > RETAINED_EVENTS) {
            floor = retained.removeFirst().cursor();
        }
        subscribers.forEach(subscriber -> subscriber.emit(event));
    }

    @Singleton
    static class PollingDisabled implements Scheduled.SkipPredicate {

        private final EventsConfig config;

        PollingDisabled(EventsConfig config) {
            this.config = config;
        }

        @Override
        public boolean test(ScheduledExecution execution) {
            return !config.polling();
        }
    }
}
