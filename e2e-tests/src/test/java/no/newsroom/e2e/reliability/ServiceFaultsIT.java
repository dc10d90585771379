package no.newsroom.e2e.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import no.newsroom.e2e.RunningSuite;
import no.newsroom.e2e.RunningSuite.Service;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Failures of the parts behind the gateway: a service process killed and restarted, and the database dropping the
 * services' connections in the middle of transactions. Every service stopped here is started again (in finally)
 * and awaited, so the classes that run after this one find the suite whole.
 */
class ServiceFaultsIT {

    private static final Duration RECOVERY_TIMEOUT = Duration.ofSeconds(90);

    private static Newsroom newsroom;
    /** Staff reads are never served from the gateway's cache, so each of them reaches the services. */
    private static String staff;

    @BeforeAll
    static void startSuite() {
        newsroom = new Newsroom();
        staff = newsroom.token("fault-verifier", "verifier");
        newsroom.suite.awaitClaimsAvailable(newsroom.suite.demoArticleId());
    }

    @Test
    void shouldKeepAnsweringArticleReadsWhileClaimsServiceIsKilledAndRestarted() throws Exception {
        // Given: a verifier reading the composed article in a loop (staff bypass the gateway's cache)
        String path = "/api/v1/articles/" + newsroom.suite.demoArticleId() + "?include=claims";
        ConcurrentLinkedQueue<Api.Answer> answers = new ConcurrentLinkedQueue<>();
        AtomicBoolean reading = new AtomicBoolean(true);
        ExecutorService loop = Executors.newSingleThreadExecutor();
        Future<?> readLoop = loop.submit(() -> {
            while (reading.get()) {
                answers.add(newsroom.gateway.get(path).token(staff).send());
                RunningSuite.sleep(Duration.ofMillis(50));
            }
        });
        boolean degradedSeen;
        try {
            RunningSuite.sleep(Duration.ofSeconds(2));

            // When
            newsroom.suite.stop(Service.CLAIMS);
            try {
                RunningSuite.sleep(Duration.ofSeconds(4));
                degradedSeen = answers.stream().anyMatch(ServiceFaultsIT::degraded);
            } finally {
                newsroom.suite.start(Service.CLAIMS);
            }
            awaitComposedReadWithClaims(answers);
        } finally {
            reading.set(false);
            readLoop.get(1, TimeUnit.MINUTES);
            loop.shutdownNow();
        }

        // Then
        Map<Integer, Long> byStatus = answers.stream()
                .collect(Collectors.groupingBy(Api.Answer::status, TreeMap::new, Collectors.counting()));
        System.out.println("reads while claims-service was killed and restarted: " + byStatus + ", degraded: "
                + answers.stream().filter(ServiceFaultsIT::degraded).count());
        assertEquals(Set.of(200), byStatus.keySet(), "every read answers 200: " + byStatus + "; e.g. "
                + answers.stream().filter(answer -> answer.status() != 200).limit(3).toList());
        assertTrue(degradedSeen, "reads while claims-service was down carry \"claims\": {\"available\": false}");
    }

    @Test
    void shouldAnswer503WithRetryAfterWhileArticlesServiceIsDownAndRecoverWithoutRestartingTheGateway() {
        String path = "/api/v1/articles/" + newsroom.suite.demoArticleId();
        Newsroom.expect(200, newsroom.gateway.get(path).token(staff).send());

        newsroom.suite.stop(Service.ARTICLES);
        List<Api.Answer> whileDown = new ArrayList<>();
        try {
            for (int i = 0; i < 5; i++) {
                whileDown.add(newsroom.gateway.get(path).token(staff).send());
                whileDown.add(newsroom.gateway.get(path + "?include=claims").token(staff).send());
            }
        } finally {
            newsroom.suite.start(Service.ARTICLES);
        }

        for (Api.Answer answer : whileDown) {
            assertEquals(503, answer.status(), "articles-service down: " + answer);
            assertTrue(answer.isProblem(), "503 is problem+json: " + answer);
            assertTrue(answer.header("Retry-After").isPresent(), "503 carries Retry-After: " + answer);
            assertEquals(503, answer.json().path("status").asInt());
        }
        Instant deadline = Instant.now().plus(RECOVERY_TIMEOUT);
        Api.Answer last = newsroom.gateway.get(path).token(staff).send();
        while (last.status() != 200 && Instant.now().isBefore(deadline)) {
            RunningSuite.sleep(Duration.ofMillis(500));
            last = newsroom.gateway.get(path).token(staff).send();
        }
        assertEquals(200, last.status(), "the gateway recovers on its own once articles-service is back: " + last);
    }

    @Test
    void shouldNeverShowAPartialWriteWhenTheDatabaseDropsConnectionsMidTransaction() throws Exception {
        // Given: writers creating claims with quantities and editing them
        String editor = newsroom.token("failover-editor", "editor");
        JsonNode article = newsroom.createArticle(editor, Newsroom.uniqueWord("Failover "),
                "Ukrainske myndigheter hevder at de har skutt ned fire russiske fly, blant dem tre helikoptre.");
        // An earlier fault test may leave the gateway's circuit to claims-service open for a while: writes must work
        // before the faults begin, or none gets through before the first dropped connection.
        awaitClaimWritesWork(editor, article);
        String marker = Newsroom.uniqueWord("failover-");
        ConcurrentLinkedQueue<Api.Answer> answers = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<String> acknowledged = new ConcurrentLinkedQueue<>();
        AtomicBoolean writing = new AtomicBoolean(true);
        ExecutorService writers = Executors.newFixedThreadPool(4);
        List<Future<?>> running = new ArrayList<>();
        for (int w = 0; w < 4; w++) {
            String writerToken = newsroom.token("failover-writer-" + w, "editor");
            running.add(writers.submit(() -> {
                int n = 0;
                while (writing.get()) {
                    Api.Answer created = newsroom.gateway.post("/api/v1/claims").token(writerToken)
                            .json(Newsroom.claimBody(article, 0, marker + " " + n++)).send();
                    answers.add(created);
                    if (created.status() == 201) {
                        JsonNode claim = created.json();
                        acknowledged.add(claim.path("id").asText());
                        answers.add(newsroom.gateway.call("PATCH", "/api/v1/claims/" + claim.path("id").asText())
                                .token(writerToken).ifMatch(created.etag())
                                .body(Api.MERGE_PATCH, Api.json(Map.of("claimReviewed", marker + " edited " + n,
                                        "assignee", "kari"))).send());
                    }
                }
                return null;
            }));
        }

        // When: the database drops the claims-service's connections, five times
        int killed = 0;
        try (SuiteDatabase database = SuiteDatabase.open(SuiteDatabase.CLAIMS)) {
            for (int round = 0; round < 5; round++) {
                RunningSuite.sleep(Duration.ofMillis(700));
                killed += database.terminateServiceConnections();
            }
            RunningSuite.sleep(Duration.ofSeconds(1));
        } finally {
            writing.set(false);
            for (Future<?> writer : running) {
                writer.get(2, TimeUnit.MINUTES);
            }
            writers.shutdownNow();
        }
        awaitClaimWritesWork(editor, article);

        // Then
        Map<Integer, Long> byStatus = answers.stream()
                .collect(Collectors.groupingBy(Api.Answer::status, TreeMap::new, Collectors.counting()));
        System.out.println("writes while " + killed + " connections were terminated: " + byStatus);
        try (SuiteDatabase database = SuiteDatabase.open(SuiteDatabase.CLAIMS)) {
            List<List<String>> claims = database.query("select c.id, c.claim_reviewed, c.assignee, "
                    + "(select count(*) from claim_quantity q where q.claim_id = c.id), "
                    + "(select count(*) from claim_history h where h.claim_id = c.id and h.action = 'created'), "
                    + "(select count(*) from claim_event e where e.subject_id = c.id and e.type = 'claim.created'), "
                    + "(select h.new_value from claim_history h where h.claim_id = c.id and h.field = 'claimReviewed' "
                    + "   order by h.id desc limit 1), "
                    + "(select count(*) from claim_history h where h.claim_id = c.id and h.field = 'assignee') "
                    + "from claim c where c.claim_reviewed like '" + marker + "%'");
            List<String> stored = claims.stream().map(row -> row.get(0)).toList();
            assertTrue(stored.containsAll(acknowledged), "every acknowledged claim (201) is stored");
            for (List<String> claim : claims) {
                assertEquals("2", claim.get(3), "claim " + claim.get(0) + " has both its quantities");
                assertEquals("1", claim.get(4), "claim " + claim.get(0) + " has its creation in the history");
                assertEquals("1", claim.get(5), "claim " + claim.get(0) + " has its claim.created event");
                boolean edited = claim.get(1).contains(" edited ");
                assertEquals(edited ? claim.get(1) : null, claim.get(6),
                        "claim " + claim.get(0) + ": the edit and its history entry are stored together");
                assertEquals(edited ? "kari" : null, claim.get(2), "both fields of one patch or neither");
                assertEquals(edited ? "1" : "0", claim.get(7), "claim " + claim.get(0) + ": assignment history");
            }
            assertFalse(claims.isEmpty(), "some claims were written");
        }
        List<Api.Answer> notProblems = answers.stream()
                .filter(answer -> answer.status() >= 400 && !answer.isProblem()).limit(3).toList();
        assertTrue(notProblems.isEmpty(), "failed writes answer problem+json: " + notProblems);
    }

    private static void awaitComposedReadWithClaims(ConcurrentLinkedQueue<Api.Answer> answers) {
        Instant deadline = Instant.now().plus(RECOVERY_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            Api.Answer latest = answers.stream().reduce((first, second) -> second).orElseThrow();
            if (latest.status() == 200 && !degraded(latest)) {
                return;
            }
            RunningSuite.sleep(Duration.ofMillis(250));
        }
        throw new AssertionError("claims never came back in composed reads after claims-service restarted");
    }

    private static void awaitClaimWritesWork(String editor, JsonNode article) {
        Instant deadline = Instant.now().plus(RECOVERY_TIMEOUT);
        Api.Answer probe;
        do {
            probe = newsroom.gateway.post("/api/v1/claims").token(editor)
                    .json(Newsroom.claimBody(article, 0, "recovered " + UUID.randomUUID())).send();
            if (probe.status() == 201) {
                return;
            }
            RunningSuite.sleep(Duration.ofMillis(500));
        } while (Instant.now().isBefore(deadline));
        throw new AssertionError("claims-service did not recover from the dropped connections: " + probe);
    }

    private static boolean degraded(Api.Answer answer) {
        return answer.status() == 200 && answer.body().contains("\"available\":false");
    }
}
