package no.newsroom.claims.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import no.newsroom.claims.client.ArticleEvent;
import no.newsroom.claims.repository.FeedPositionRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static no.newsroom.claims.service.AnchorMaintenanceService.ARTICLES_FEED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** Replicas share one position in articles-service's feed; each batch moves it forward once. */
@QuarkusTest
class ArticleFeedPositionTest {

    @Inject
    AnchorMaintenanceService anchors;

    @Inject
    FeedPositionRepository positions;

    private long start;

    @BeforeEach
    void positionExists() {
        QuarkusTransaction.requiringNew().run(() -> positions.lock(ARTICLES_FEED));
        start = anchors.lastProcessedEvent();
    }

    @Test
    void shouldProcessABatchOnceWhenAReplicaReadItAgain() {
        List<ArticleEvent> batch = List.of(articleUpdated(start + 1), articleUpdated(start + 2));

        OptionalLong first = anchors.process(start, batch);
        OptionalLong second = anchors.process(start, batch);

        assertEquals(OptionalLong.of(start + 2), first);
        assertEquals(OptionalLong.empty(), second);
        assertEquals(start + 2, anchors.lastProcessedEvent());
    }

    @Test
    void shouldLeaveTheBatchToTheReplicaThatHoldsTheFeed() throws Exception {
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService otherReplica = Executors.newSingleThreadExecutor();
        Future<?> holding = otherReplica.submit(() -> QuarkusTransaction.requiringNew().run(() -> {
            positions.lock(ARTICLES_FEED);
            held.countDown();
            awaitQuietly(release);
        }));
        held.await(10, TimeUnit.SECONDS);

        OptionalLong result = anchors.process(start, List.of(articleUpdated(start + 1)));
        release.countDown();
        holding.get(10, TimeUnit.SECONDS);
        otherReplica.shutdown();

        assertEquals(OptionalLong.empty(), result);
        assertEquals(start, anchors.lastProcessedEvent());
    }

    @Test
    void shouldNeverMoveThePositionBack() {
        anchors.process(start, List.of(articleUpdated(start + 5)));

        boolean movedBack = QuarkusTransaction.requiringNew().call(() -> positions.advance(ARTICLES_FEED, start + 5,
                start + 3));

        assertFalse(movedBack);
        assertEquals(start + 5, anchors.lastProcessedEvent());
    }

    private static ArticleEvent articleUpdated(long id) {
        UUID article = UUID.randomUUID();
        return new ArticleEvent(id, "article.updated", Instant.parse("2022-03-15T10:00:00Z"), article, article, true,
                Map.of("changedFields", List.of("title")));
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
