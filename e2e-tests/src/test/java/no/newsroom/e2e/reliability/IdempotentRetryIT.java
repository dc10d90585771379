package no.newsroom.e2e.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import no.newsroom.e2e.RunningSuite;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import static no.newsroom.e2e.reliability.Newsroom.etag;
import static no.newsroom.e2e.reliability.Newsroom.expect;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A client app whose create times out on its side (it stops waiting after a millisecond, while the gateway and the
 * service carry on) sends the same create again with the same Idempotency-Key, as the API documents: for every create
 * of the public API, exactly one resource exists afterwards, whether the abandoned request had been committed (the
 * retry is then answered from it, marked {@code Idempotent-Replayed}) or not.
 */
class IdempotentRetryIT {

    private static final String KEY = "Idempotency-Key";
    private static final Duration IMPATIENT = Duration.ofMillis(1);
    private static final String PARAGRAPH = "Ukrainske myndigheter hevder at de har skutt ned fire russiske fly det "
            + "siste døgnet.";

    private static Newsroom newsroom;
    private static String editor;
    private static String verifier;
    private static String admin;

    @BeforeAll
    static void startSuite() {
        newsroom = new Newsroom();
        editor = newsroom.token("retry-erik", "editor");
        verifier = newsroom.token("retry-kari", "verifier");
        admin = newsroom.token("retry-admin", "admin");
    }

    @Test
    void shouldCreateOneArticleWhenTheClientRetriesAfterATimeout() {
        String title = Newsroom.uniqueWord("Retry ");

        createAfterTimeout(() -> newsroom.gateway.post("/api/v1/articles").token(editor)
                .json(Newsroom.articleBody(title, PARAGRAPH)));

        assertEquals(1, articlesTitled(title));
    }

    @Test
    void shouldImportOneArticleWhenTheClientRetriesAfterATimeout() {
        String title = Newsroom.uniqueWord("Import retry ");

        createAfterTimeout(() -> newsroom.gateway.post("/api/v1/articles/import?language=nb&title="
                + Newsroom.encode(title)).token(editor).body("text/plain", PARAGRAPH));

        assertEquals(1, articlesTitled(title));
    }

    @Test
    void shouldPostOneLiveUpdateWhenTheClientRetriesAfterATimeout() {
        JsonNode article = newsroom.createArticle(editor, Newsroom.uniqueWord("Live retry "), PARAGRAPH);
        String path = "/api/v1/articles/" + article.path("id").asText();

        createAfterTimeout(() -> newsroom.gateway.post(path + "/blocks?position=top").token(editor)
                .ifMatch(etag(article)).json(Map.of("type", "PARAGRAPH", "text", "Siste nytt")));

        JsonNode after = expect(200, newsroom.gateway.get(path).token(editor).send()).json();
        assertEquals(2, after.path("blocks").size());
    }

    @Test
    void shouldCreateOneClaimWhenTheClientRetriesAfterATimeout() {
        JsonNode article = newsroom.createArticle(editor, Newsroom.uniqueWord("Claim retry "), PARAGRAPH);

        createAfterTimeout(() -> newsroom.gateway.post("/api/v1/claims").token(editor)
                .json(Newsroom.claimBody(article, 0, "Fire fly skutt ned")));

        JsonNode claims = expect(200, newsroom.gateway.get("/api/v1/claims?articleId=" + article.path("id").asText())
                .token(editor).send()).json();
        assertEquals(1, claims.path("total").asInt(), claims.toString());
    }

    @Test
    void shouldAddEvidenceOnceWhenTheClientRetriesAfterATimeout() {
        JsonNode article = newsroom.createArticle(editor, Newsroom.uniqueWord("Evidence retry "), PARAGRAPH);
        String claimPath = "/api/v1/claims/" + newsroom.createClaim(editor, article, 0, "Fire fly").path("id").asText();

        createAfterTimeout(() -> newsroom.gateway.post(claimPath + "/evidence").token(verifier).json(Map.of(
                "type", "INDEPENDENT_REPORT", "url", "https://www.reuters.com/world/europe/retry",
                "description", "Reuters documents the wreckage", "independent", true)));

        JsonNode evidence = expect(200, newsroom.gateway.get(claimPath + "/evidence").token(verifier).send()).json();
        assertEquals(1, evidence.path("items").size(), evidence.toString());
    }

    @Test
    void shouldSubscribeOnceWhenTheClientRetriesAfterATimeout() {
        String url = "http://127.0.0.1:9/" + Newsroom.uniqueWord("retry");

        JsonNode subscription = createAfterTimeout(() -> newsroom.gateway.post("/api/v1/webhooks").token(admin)
                .json(Map.of("url", url, "eventTypes", List.of("claim.created"))));

        try {
            JsonNode webhooks = expect(200, newsroom.gateway.get("/api/v1/webhooks").token(admin).send()).json();
            long withTheUrl = 0;
            for (JsonNode webhook : webhooks.path("items")) {
                withTheUrl += url.equals(webhook.path("url").asText()) ? 1 : 0;
            }
            assertEquals(1, withTheUrl, webhooks.toString());
        } finally {
            newsroom.gateway.call("DELETE", "/api/v1/webhooks/" + subscription.path("id").asText()).token(admin)
                    .send();
        }
    }

    /**
     * Sends the create and stops waiting for it after a millisecond, lets the server finish it, then sends it again
     * with the same key until it is answered (a 409 means the first is still running); answers the created resource.
     */
    private static JsonNode createAfterTimeout(Supplier<Api.Call> create) {
        String key = UUID.randomUUID().toString();
        Api.Answer abandoned = create.get().header(KEY, key).timeout(IMPATIENT).send();
        assertEquals(0, abandoned.status(), () -> "the client was meant to give up: " + abandoned);
        RunningSuite.sleep(Duration.ofSeconds(1));

        Api.Answer retried = create.get().header(KEY, key).send();
        for (int attempt = 0; retried.status() == 409 && attempt < 20; attempt++) {
            RunningSuite.sleep(Duration.ofMillis(500));
            retried = create.get().header(KEY, key).send();
        }
        JsonNode created = expect(201, retried).json();

        Api.Answer again = create.get().header(KEY, key).send();
        assertEquals("true", again.header("Idempotent-Replayed").orElse(null), again::toString);
        assertEquals(created.path("id").asText(), expect(201, again).json().path("id").asText());
        return created;
    }

    private static int articlesTitled(String title) {
        String word = title.substring(title.lastIndexOf(' ') + 1);
        JsonNode found = expect(200, newsroom.gateway.get("/api/v1/articles?q=" + word).token(editor).send()).json();
        return found.path("total").asInt();
    }
}
