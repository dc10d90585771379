package no.newsroom.gateway.rest;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import no.newsroom.gateway.service.EventCursor;
import no.newsroom.gateway.service.EventRelay;
import no.newsroom.support.testing.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A client resuming from before the events the gateway keeps in memory (four here) is paged through the outboxes
 * (two events per page) until it is caught up, or told to reset when the outboxes cannot fill the gap.
 */
@QuarkusTest
@TestProfile(EventStreamResumeTest.SmallWindow.class)
@QuarkusTestResource(DownstreamServices.class)
class EventStreamResumeTest {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final int ARTICLE_EVENTS = 9;
    private static final int CLAIM_EVENTS = 3;
    private static final EventCursor ALL_RELAYED = new EventCursor(ARTICLE_EVENTS, CLAIM_EVENTS);

    @DownstreamServices.ArticlesService
    WireMockServer articles;

    @DownstreamServices.ClaimsService
    WireMockServer claims;

    @Inject
    EventRelay relay;

    @TestHTTPResource("/api/v1/events")
    URI events;

    @BeforeEach
    void relayTwelveEvents() throws InterruptedException {
        articles.resetAll();
        claims.resetAll();
        OutboxStubs.empty(articles);
        OutboxStubs.empty(claims);
        awaitHead(EventCursor.START, ALL_RELAYED);
        OutboxStubs.holding(articles, "article.blockChanged", 0, ARTICLE_EVENTS, 2, 10);
        OutboxStubs.holding(claims, "claim.statusChanged", 0, CLAIM_EVENTS, 2, 10);
        awaitHead(ALL_RELAYED, ALL_RELAYED);
    }

    @Test
    void shouldPageThroughTheOutboxesInOrderUntilCaughtUp() throws Exception {
        try (EventStreamClient stream = EventStreamClient.open(events, TestTokens.editor(), "a0.c0")) {
            List<String> ids = stream.events(ARTICLE_EVENTS + CLAIM_EVENTS, WAIT).stream()
                    .map(EventStreamClient.SseEvent::id).toList();

            assertEquals(List.of("a1.c0", "a2.c0", "a2.c1", "a2.c2", "a3.c2", "a4.c2", "a4.c3", "a5.c3", "a6.c3",
                    "a7.c3", "a8.c3", "a9.c3"), ids);
        }
    }

    @Test
    void shouldAnswerWithAResetWhenTheOutboxNoLongerHoldsTheGap() throws Exception {
        OutboxStubs.lostAfter(articles, 0);

        try (EventStreamClient stream = EventStreamClient.open(events, TestTokens.editor(), "a0.c0")) {
            List<EventStreamClient.SseEvent> received = stream.events(1, WAIT);

            assertEquals("reset", received.get(0).name());
            assertEquals("a9.c3", received.get(0).id());
            assertTrue(received.get(0).data().contains("\"resumeAt\":\"a9.c3\""), received.get(0).data());
        }
    }

    /** Waits until the relay stands at {@code expected}, unless it is already at {@code done} from a test before. */
    private void awaitHead(EventCursor expected, EventCursor done) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!(relay.isFollowing() && (relay.head().equals(expected) || relay.head().equals(done)))) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("The relay stands at " + relay.head() + ", not " + expected);
            }
            Thread.sleep(20);
        }
    }

    public static class SmallWindow implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("gateway.events.polling", "true", "gateway.events.poll-interval", "100ms",
                    "gateway.events.batch-size", "2", "gateway.events.retained", "4",
                    "gateway.events.subscriber-buffer", "8");
        }
    }
}
