package no.newsroom.e2e.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Fifty writers edit the same article and the same claim at once, each with the version it read (If-Match).
 * Optimistic locking must let exactly the writes based on the current version through, refuse the others with 412,
 * and leave the resource as the last successful write left it, with one audit entry per success. The writers talk
 * to the services directly (the internal API has the same bodies): through the gateway, a write that outlives the
 * gateway's timeout on a busy machine is answered 503 although it may have been committed, so the client could not
 * know which write was the last one.
 */
class ConcurrentWritesIT {

    private static final int WRITERS = 50;
    private static final int ATTEMPTS_PER_WRITER = 3;

    private static Newsroom newsroom;
    private static String editor;

    @BeforeAll
    static void startSuite() {
        newsroom = new Newsroom();
        editor = newsroom.token("concurrency-editor", "editor");
    }

    @Test
    void shouldLetOnlyWritesOfTheCurrentVersionThroughWhenFiftyEditorsSaveTheSameArticle() throws Exception {
        // Given
        JsonNode article = newsroom.createArticle(editor, Newsroom.uniqueWord("Samtidig "), "Første avsnitt.",
                "Andre avsnitt.");
        String path = "/articles/" + article.path("id").asText();
        int revisionsBefore = revisions(path);

        // When: even writers PUT the whole article, odd writers PATCH the title
        List<Write> writes = race((writer, attempt) -> {
            String title = "Skriver " + writer + " forsøk " + attempt;
            String writerToken = newsroom.token("article-writer-" + writer, "editor");
            Api.Answer current = newsroom.articles.get(path).token(writerToken).send();
            Api.Call write = writer % 2 == 0
                    ? newsroom.articles.call("PUT", path).json(putBody(current.json(), title))
                    : newsroom.articles.call("PATCH", path).body(Api.MERGE_PATCH, Api.json(Map.of("title", title)));
            return new Write(title, write.token(writerToken).ifMatch(current.etag()).send());
        });

        // Then
        List<Write> successes = assertOnlySuccessOrPreconditionFailed(writes);
        Write last = successes.stream().max(Comparator.comparingLong(Write::version)).orElseThrow();
        JsonNode saved = newsroom.articles.get(path).token(editor).send().json();
        assertEquals(last.value(), saved.path("title").asText(), "the article is the last successful write");
        assertEquals(last.version(), saved.path("version").asLong());
        assertVersionsAreDistinct(successes, article.path("version").asLong());
        assertEquals(revisionsBefore + successes.size(), revisions(path), "one revision per successful write");
    }

    @Test
    void shouldRecordOneHistoryEntryPerSuccessfulWriteWhenFiftyEditorsPatchTheSameClaim() throws Exception {
        // Given
        JsonNode article = newsroom.createArticle(editor, Newsroom.uniqueWord("Samtidig påstand "),
                "Ukrainske myndigheter hevder at de har skutt ned fire russiske fly det siste døgnet.");
        JsonNode claim = newsroom.createClaim(editor, article, 0, "Fire fly skutt ned");
        String path = "/claims/" + claim.path("id").asText();

        // When
        List<Write> writes = race((writer, attempt) -> {
            String claimReviewed = "Skriver " + writer + " forsøk " + attempt;
            String writerToken = newsroom.token("claim-writer-" + writer, "editor");
            Api.Answer current = newsroom.claims.get(path).token(writerToken).send();
            return new Write(claimReviewed, newsroom.claims.call("PATCH", path).token(writerToken)
                    .ifMatch(current.etag())
                    .body(Api.MERGE_PATCH, Api.json(Map.of("claimReviewed", claimReviewed))).send());
        });

        // Then
        List<Write> successes = assertOnlySuccessOrPreconditionFailed(writes);
        Write last = successes.stream().max(Comparator.comparingLong(Write::version)).orElseThrow();
        JsonNode saved = newsroom.claims.get(path).token(editor).send().json();
        assertEquals(last.value(), saved.path("claimReviewed").asText(), "the claim is the last successful write");
        assertEquals(last.version(), saved.path("version").asLong());
        assertVersionsAreDistinct(successes, claim.path("version").asLong());

        JsonNode history = Newsroom.expect(200, newsroom.claims.get(path + "/history").token(editor).send()).json()
                .path("items");
        List<String> recorded = new ArrayList<>();
        history.forEach(entry -> {
            if ("claimReviewed".equals(entry.path("field").asText())) {
                recorded.add(entry.path("to").asText());
            }
        });
        List<String> inVersionOrder = successes.stream().sorted(Comparator.comparingLong(Write::version))
                .map(Write::value).toList();
        assertEquals(inVersionOrder, recorded, "exactly one history entry per successful write, in order");
    }

    private static Map<String, Object> putBody(JsonNode current, String title) {
        Map<String, Object> body = Newsroom.articleBody(title);
        List<Map<String, Object>> blocks = new ArrayList<>();
        current.path("blocks").forEach(block -> blocks.add(Map.of("id", block.path("id").asText(),
                "type", block.path("type").asText(), "text", block.path("text").asText())));
        body.put("blocks", blocks);
        body.put("lead", current.path("lead").asText());
        return body;
    }

    private int revisions(String articlePath) {
        return Newsroom.expect(200, newsroom.articles.get(articlePath + "/revisions").token(editor).send())
                .json().path("total").asInt();
    }

    /**
     * Starts all writers at the same instant; each tries again (re-reading the version) after a 412, up to a few
     * times, so that the run has many successes and many conflicts.
     */
    private static List<Write> race(BiFunction<Integer, Integer, Write> attempt) throws Exception {
        Collection<Write> writes = new ConcurrentLinkedQueue<>();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        try {
            List<Future<?>> writers = new ArrayList<>();
            for (int writer = 0; writer < WRITERS; writer++) {
                int id = writer;
                writers.add(pool.submit(() -> {
                    start.await();
                    for (int n = 1; n <= ATTEMPTS_PER_WRITER; n++) {
                        Write write = attempt.apply(id, n);
                        writes.add(write);
                        if (write.answer().status() != 412) {
                            break;
                        }
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> writer : writers) {
                writer.get(5, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }
        return List.copyOf(writes);
    }

    private static List<Write> assertOnlySuccessOrPreconditionFailed(List<Write> writes) {
        Map<Integer, Long> byStatus = writes.stream()
                .collect(Collectors.groupingBy(write -> write.answer().status(), TreeMap::new, Collectors.counting()));
        System.out.println("concurrent writes by status: " + byStatus);
        List<Write> unexpected = writes.stream()
                .filter(write -> write.answer().status() != 200 && write.answer().status() != 412).toList();
        assertTrue(unexpected.isEmpty(), "only 200 or 412 expected, got " + byStatus + "; e.g. "
                + unexpected.stream().limit(3).map(write -> write.answer().toString()).toList());
        writes.stream().filter(write -> write.answer().status() == 412)
                .forEach(write -> assertTrue(write.answer().isProblem(), "412 is a problem: " + write.answer()));
        List<Write> successes = writes.stream().filter(write -> write.answer().status() == 200).toList();
        assertTrue(successes.size() >= 2, "expected several successful writes, got " + byStatus);
        return successes;
    }

    /** Two successes from the same version would mean one of them overwrote the other unseen. */
    private static void assertVersionsAreDistinct(List<Write> successes, long initialVersion) {
        List<Long> versions = successes.stream().map(Write::version).sorted().toList();
        assertEquals(versions.size(), versions.stream().distinct().count(), "one success per version: " + versions);
        assertTrue(versions.get(0) > initialVersion, "versions only grow: " + versions);
    }

    private record Write(String value, Api.Answer answer) {

        long version() {
            return Long.parseLong(answer.etag().replace("W/", "").replace("\"", ""));
        }
    }
}
