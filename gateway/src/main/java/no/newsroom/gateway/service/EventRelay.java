package no.newsroom.gateway.service;

import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.ScheduledExecution;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.operators.multi.processors.UnicastProcessor;
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
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.function.Function;

/**
 * Follows both services' event outboxes and fans the events out to every stream subscriber. One poll per
 * interval serves all subscribers; the most recent events are kept so reconnecting clients resume without a
 * downstream call, older positions are paged from the outboxes.
 */
@ApplicationScoped
public class EventRelay {

    private static final Logger LOG = Logger.getLogger(EventRelay.class);
    private static final StreamEvent.Heartbeat HEARTBEAT = new StreamEvent.Heartbeat();

    private final EventFeedsClient feeds;
    private final PublishedArticleCache cache;
    private final EventsConfig config;

    private final Object lock = new Object();
    private final Deque<LiveEvent> retained = new ArrayDeque<>();
    private final Set<LiveSubscriber> subscribers = new CopyOnWriteArraySet<>();
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

    /** One timer for all streams: each live subscriber gets a heartbeat in its queue, behind its events. */
    @Scheduled(every = "${gateway.events.heartbeat}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void heartbeat() {
        synchronized (lock) {
            subscribers.forEach(subscriber -> subscriber.offer(HEARTBEAT));
        }
    }

    /** Whether the relay knows where the outboxes stand; before that it cannot promise a stream without gaps. */
    public boolean isFollowing() {
        return head != null;
    }

    /** The live edge, for subscribers that do not resume. */
    public EventCursor head() {
        return head == null ? EventCursor.START : head;
    }

    /**
     * Events after {@code after}, in each outbox's id order: older ones paged from the outboxes as the subscriber
     * asks for them, then the retained ones, then live events and heartbeats. A {@link StreamReset} replaces what
     * cannot be paged. A subscriber that falls {@link EventsConfig#subscriberBuffer()} live events behind is dropped:
     * {@code onOverflow} runs (it should close the connection) and its stream completes.
     */
    public Multi<StreamEvent> subscribe(EventCursor after, Runnable onOverflow) {
        return Multi.createFrom().deferred(() -> {
            EventCursor retainedFrom;
            synchronized (lock) {
                retainedFrom = floor;
                if (retainedFrom == null || !after.isBefore(retainedFrom)) {
                    return live(after, onOverflow);
                }
            }
            return page(after, retainedFrom).onItem().transformToMulti(page -> page.reset() == null
                    ? Multi.createBy().concatenating().streams(Multi.createFrom().iterable(page.events()),
                    subscribe(page.end(), onOverflow))
                    : Multi.createBy().concatenating().streams(Multi.createFrom().item(page.reset()),
                    subscribe(page.reset().cursor(), onOverflow)));
        });
    }

    /** Called with the lock held, so no event is relayed between the retained copy and the registration. */
    private Multi<StreamEvent> live(EventCursor after, Runnable onOverflow) {
        List<StreamEvent> caughtUp = retained.stream().filter(event -> event.isAfter(after))
                .map(StreamEvent.class::cast).toList();
        LiveSubscriber subscriber = new LiveSubscriber(after, config.subscriberBuffer(), onOverflow);
        subscribers.add(subscriber);
        return Multi.createBy().concatenating().streams(Multi.createFrom().iterable(caughtUp), subscriber.events);
    }

    /** One page of each outbox that is behind {@code until}; a reset when an outbox cannot fill the gap. */
    private Uni<Page> page(EventCursor after, EventCursor until) {
        Uni<List<FeedEvent>> articles = after.articles() < until.articles()
                ? feeds.articleEvents(after.articles()) : Uni.createFrom().item(List.of());
        Uni<List<FeedEvent>> claims = after.claims() < until.claims()
                ? feeds.claimEvents(after.claims()) : Uni.createFrom().item(List.of());
        return Uni.combine().all().unis(articles, claims).asTuple()
                .map(both -> Page.of(after, until, both.getItem1(), both.getItem2(), head()))
                .onFailure(ServiceUnavailableException.class).recoverWithItem(failure -> Page.reset(head(),
                        "the event feeds could not be read: " + failure.getMessage()));
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
        if (retained.size() > config.retained()) {
            floor = retained.removeFirst().cursor();
        }
        subscribers.forEach(subscriber -> subscriber.offer(event));
    }

    /** Open live subscriptions, for tests and diagnostics. */
    public int subscriberCount() {
        return subscribers.size();
    }

    /** Events read from the outboxes, in order, and the cursor after them. */
    private record Page(List<StreamEvent> events, EventCursor end, StreamReset reset) {

        static Page of(EventCursor after, EventCursor until, List<FeedEvent> articleEvents,
                       List<FeedEvent> claimEvents, EventCursor head) {
            boolean articlesLost = articleEvents.isEmpty() && after.articles() < until.articles();
            boolean claimsLost = claimEvents.isEmpty() && after.claims() < until.claims();
            if (articlesLost || claimsLost) {
                return reset(head, "the event feeds no longer hold the events after " + after);
            }
            List<StreamEvent> events = new ArrayList<>();
            EventCursor cursor = after;
            for (FeedEvent event : articleEvents) {
                cursor = cursor.withArticles(event.id());
                events.add(LiveEvent.of(LiveEvent.Source.ARTICLES, event, cursor));
            }
            for (FeedEvent event : claimEvents) {
                cursor = cursor.withClaims(event.id());
                events.add(LiveEvent.of(LiveEvent.Source.CLAIMS, event, cursor));
            }
            return new Page(events, cursor, null);
        }

        static Page reset(EventCursor head, String reason) {
            return new Page(List.of(), head, new StreamReset(head, reason));
        }
    }

    /** One live stream: a bounded queue between the relay and a client that reads at its own pace. */
    private final class LiveSubscriber {

        private final EventCursor after;
        private final BlockingQueue<StreamEvent> queue;
        private final UnicastProcessor<StreamEvent> events;
        private final Runnable onOverflow;

        LiveSubscriber(EventCursor after, int capacity, Runnable onOverflow) {
            this.after = after;
            this.queue = new ArrayBlockingQueue<>(capacity);
            this.events = UnicastProcessor.create(queue, () -> subscribers.remove(this));
            this.onOverflow = onOverflow;
        }

        /** Called with the relay's lock held. */
        void offer(StreamEvent event) {
            if (event instanceof LiveEvent live && !live.isAfter(after)) {
                return;
            }
            if (queue.remainingCapacity() == 0) {
                LOG.infof("Closing an event stream %d events behind its client", queue.size());
                subscribers.remove(this);
                onOverflow.run();
                events.onComplete();
                return;
            }
            events.onNext(event);
        }
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
