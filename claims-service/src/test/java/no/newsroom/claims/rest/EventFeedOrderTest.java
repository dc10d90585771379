package no.newsroom.claims.rest;

import io.quarkus.test.junit.QuarkusTest;
import no.newsroom.support.testing.TestTokens;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A consumer that polls {@code after=} its last id while 32 writers create and transition claims sees every event
 * the feed holds afterwards, once each and in id order.
 */
@QuarkusTest
class EventFeedOrderTest {

    private static final int WRITERS = 32;
    private static final int CLAIMS_PER_WRITER = 4;

    @Test
    void shouldNotLetAPollingConsumerMissAnEventWrittenConcurrently() throws Exception {
        long start = lastEventId();
        AtomicBoolean writing = new AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS + 1);
        Future<List<Long>> consumer = pool.submit(() -> follow(start, writing));
        List<Future<?>> writers = new ArrayList<>();
        for (int i = 0; i < WRITERS; i++) {
            writers.add(pool.submit(() -> {
                for (int n = 0; n < CLAIMS_PER_WRITER; n++) {
                    ClaimSteps.moveTo(ClaimSteps.create(), "IN_REVIEW");
                }
            }));
        }
        for (Future<?> writer : writers) {
            writer.get(2, TimeUnit.MINUTES);
        }
        writing.set(false);
        List<Long> seen = consumer.get(1, TimeUnit.MINUTES);
        pool.shutdown();

        List<Long> stored = page(start, Integer.MAX_VALUE);
        assertEquals(WRITERS * CLAIMS_PER_WRITER * 2, stored.size());
        assertEquals(stored, seen, "the polling consumer's events, compared with the feed read afterwards");
    }

    /** Polls like the gateway and claims-service do, until the writers are done and the feed is drained. */
    private static List<Long> follow(long start, AtomicBoolean writing) throws InterruptedException {
        List<Long> seen = new ArrayList<>();
        long after = start;
        while (true) {
            boolean drainingLastTime = !writing.get();
            List<Long> page = page(after, 1);
            seen.addAll(page);
            after = page.isEmpty() ? after : page.get(page.size() - 1);
            if (page.isEmpty() && drainingLastTime) {
                return seen;
            }
            if (page.isEmpty()) {
                Thread.sleep(2);
            }
        }
    }

    private static List<Long> page(long after, int pages) {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < pages; i++) {
            List<Number> page = given().auth().oauth2(TestTokens.editor()).queryParam("after", after)
                    .queryParam("limit", 500).when().get("/events").then().statusCode(200).extract().path("items.id");
            page.forEach(id -> ids.add(id.longValue()));
            if (page.size() < 500) {
                return ids;
            }
            after = page.get(page.size() - 1).longValue();
        }
        return ids;
    }

    private static long lastEventId() {
        List<Long> ids = page(0, Integer.MAX_VALUE);
        return ids.isEmpty() ? 0 : ids.get(ids.size() - 1);
    }
}
