package no.newsroom.e2e.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import no.newsroom.e2e.RunningSuite;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 32 writers create and transition claims while 8 writers create and edit articles. A consumer polling each
 * service's feed ({@code GET /events?after=} its last id) and a client of the gateway's stream must each see every
 * event the feeds hold afterwards, exactly once and in id order: an event committed after a higher id was already
 * visible would be skipped by both.
 */
class EventFeedsIT {

    private static final int CLAIM_WRITERS = 32;
    private static final int ARTICLE_WRITERS = 8;
    private static final int ROUNDS = 3;
    private static final Duration DELIVERY = Duration.ofSeconds(90);

    private static Newsroom newsroom;
    private static String staff;

    @BeforeAll
    static void startSuite() {
        newsroom = new Newsroom();
        staff = newsroom.token("feed-consumer", "admin");
    }

    @Test
    void shouldDeliverEveryEventOnceAndInOrderToPollersAndToTheStream() throws Exception {
        // Given
        JsonNode article = newsroom.createArticle(staff, Newsroom.uniqueWord("Hendelser "),
                "Ukrainske myndigheter hevder at de har skutt ned fire russiske fly det siste døgnet.");
        long articlesStart = lastId(newsroom.articles);
        long claimsStart = lastId(newsroom.claims);
        AtomicBoolean writing = new AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(CLAIM_WRITERS + ARTICLE_WRITERS + 3);
        StreamReader stream = new StreamReader("a" + articlesStart + ".c" + claimsStart);
        pool.submit(stream);
        Future<List<Long>> articlesPolled = pool.submit(() -> follow(newsroom.articles, articlesStart, writing));
        Future<List<Long>> claimsPolled = pool.submit(() -> follow(newsroom.claims, claimsStart, writing));

        // When
        List<Future<?>> writers = new ArrayList<>();
        for (int writer = 0; writer < CLAIM_WRITERS; writer++) {
            String token = newsroom.token("claim-writer-" + writer, "admin");
            writers.add(pool.submit(() -> writeClaims(token, article)));
        }
        for (int writer = 0; writer < ARTICLE_WRITERS; writer++) {
            String token = newsroom.token("article-writer-" + writer, "editor");
            writers.add(pool.submit(() -> writeArticles(token)));
        }
        for (Future<?> writer : writers) {
            writer.get(5, TimeUnit.MINUTES);
        }
        writing.set(false);

        // Then
        List<Long> articleEvents = read(newsroom.articles, articlesStart);
        List<Long> claimEvents = read(newsroom.claims, claimsStart);
        assertTrue(claimEvents.size() >= CLAIM_WRITERS * ROUNDS * 2, "claim events written: " + claimEvents.size());
        assertTrue(articleEvents.size() >= ARTICLE_WRITERS * ROUNDS * 2, "article events: " + articleEvents.size());
        assertEquals(articleEvents, articlesPolled.get(1, TimeUnit.MINUTES), "articles-service feed, as polled");
        assertEquals(claimEvents, claimsPolled.get(1, TimeUnit.MINUTES), "claims-service feed, as polled");
        stream.awaitUntil(articleEvents.get(articleEvents.size() - 1), claimEvents.get(claimEvents.size() - 1));
        assertEquals(List.of(), stream.others(), "the stream resumed without a reset");
        assertEquals(articleEvents, stream.articleIds(), "article events through the gateway's stream");
        assertEquals(claimEvents, stream.claimIds(), "claim events through the gateway's stream");
        pool.shutdownNow();
    }

    private static void writeClaims(String token, JsonNode article) {
        for (int round = 0; round < ROUNDS; round++) {
            JsonNode claim = Newsroom.expect(201, newsroom.claims.post("/claims").token(token)
                    .json(Newsroom.claimBody(article, 0, Newsroom.uniqueWord("Påstand "))).send()).json();
            Newsroom.expect(200, newsroom.claims.post("/claims/" + claim.path("id").asText() + "/transitions")
                    .token(token).ifMatch(Newsroom.etag(claim)).json(Map.of("to", "IN_REVIEW")).send());
        }
    }

    private static void writeArticles(String token) {
        for (int round = 0; round < ROUNDS; round++) {
            JsonNode article = Newsroom.expect(201, newsroom.articles.post("/articles").token(token)
                    .json(Newsroom.articleBody(Newsroom.uniqueWord("Skriver "), "Første avsnitt.")).send()).json();
            Newsroom.expect(200, newsroom.articles.call("PATCH", "/articles/" + article.path("id").asText())
                    .token(token).ifMatch(Newsroom.etag(article))
                    .body(Api.MERGE_PATCH, Api.json(Map.of("title", Newsroom.uniqueWord("Endret "))))
                    .send());
        }
    }

    /** Polls like the gateway and claims-service do, until the writers are done and the feed is drained. */
    private static List<Long> follow(Api service, long start, AtomicBoolean writing) {
        List<Long> seen = new ArrayList<>();
        long after = start;
        while (true) {
            boolean lastRound = !writing.get();
            List<Long> page = page(service, after);
            seen.addAll(page);
            after = page.isEmpty() ? after : page.get(page.size() - 1);
            if (page.isEmpty() && lastRound) {
                return seen;
            }
            if (page.isEmpty()) {
                RunningSuite.sleep(Duration.ofMillis(5));
            }
        }
    }

    private static List<Long> read(Api service, long after) {
        List<Long> ids = new ArrayList<>();
        for (List<Long> page = page(service, after); !page.isEmpty(); page = page(service, after)) {
            ids.addAll(page);
            after = page.get(page.size() - 1);
        }
        return ids;
    }

    private static long lastId(Api service) {
        List<Long> ids = read(service, 0);
        return ids.isEmpty() ? 0 : ids.get(ids.size() - 1);
    }

    private static List<Long> page(Api service, long after) {
        JsonNode items = Newsroom.expect(200, service.get("/events?limit=500&after=" + after).token(staff).send())
                .json().path("items");
        List<Long> ids = new ArrayList<>();
        items.forEach(item -> ids.add(item.path("id").asLong()));
        return ids;
    }

    /** A client of the gateway's stream, resuming from the feeds' positions before the writers started. */
    private static final class StreamReader implements Runnable {

        private final String lastEventId;
        private final List<Long> articleIds = new CopyOnWriteArrayList<>();
        private final List<Long> claimIds = new CopyOnWriteArrayList<>();
        private final List<String> others = new CopyOnWriteArrayList<>();

        StreamReader(String lastEventId) {
            this.lastEventId = lastEventId;
        }

        @Override
        public void run() {
            HttpRequest request = HttpRequest.newBuilder(newsroom.suite.url(RunningSuite.Service.GATEWAY)
                            .resolve("/api/v1/events"))
                    .header("Accept", "text/event-stream").header("Authorization", "Bearer " + staff)
                    .header("Last-Event-ID", lastEventId).build();
            try {
                HttpResponse<InputStream> response = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                        .build().send(request, HttpResponse.BodyHandlers.ofInputStream());
                assertEquals(200, response.statusCode());
                try (BufferedReader lines = new BufferedReader(new InputStreamReader(response.body(),
                        StandardCharsets.UTF_8))) {
                    for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                        if (line.startsWith("data:")) {
                            record(Api.parse(line.substring(5).trim()));
                        }
                    }
                }
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        private void record(JsonNode event) {
            String[] cursor = event.path("id").asText().substring(1).split("\\.c");
            if ("ARTICLES".equals(event.path("source").asText())) {
                articleIds.add(Long.parseLong(cursor[0]));
            } else if ("CLAIMS".equals(event.path("source").asText())) {
                claimIds.add(Long.parseLong(cursor[1]));
            } else {
                others.add(event.toString());
            }
        }

        void awaitUntil(long lastArticleEvent, long lastClaimEvent) {
            long deadline = System.nanoTime() + DELIVERY.toNanos();
            while (System.nanoTime() < deadline && !(last(articleIds) >= lastArticleEvent
                    && last(claimIds) >= lastClaimEvent)) {
                RunningSuite.sleep(Duration.ofMillis(100));
            }
        }

        List<Long> articleIds() {
            return List.copyOf(articleIds);
        }

        List<Long> claimIds() {
            return List.copyOf(claimIds);
        }

        /** Anything but a relayed event, such as a reset. */
        List<String> others() {
            return List.copyOf(others);
        }

        private static long last(List<Long> ids) {
            return ids.isEmpty() ? 0 : ids.get(ids.size() - 1);
        }
    }
}
