package no.newsroom.e2e.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import no.newsroom.e2e.RunningSuite;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static no.newsroom.e2e.reliability.Newsroom.etag;
import static no.newsroom.e2e.reliability.Newsroom.expect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The public API operation by operation, as a client app calls it through the gateway: articles (create, change,
 * live block, search, revisions and diff, publish, unpublish, archive), claims (create, filters, edit, evidence,
 * workflow, history, ClaimReview, withdrawal, review queue), extraction and matching, webhook subscriptions and their
 * deliveries, and the refusals a client must handle (404, 412, 409, 403). {@code ScenarioReplayIT} runs it again
 * through Prism's validating proxy, so each answer here is also checked against the API document.
 */
class ApiTourIT {

    private static final String MERGE_PATCH = "application/merge-patch+json";
    private static final String PARAGRAPH = "Ukrainske myndigheter hevder at de har skutt ned fire russiske fly, "
            + "blant dem tre helikoptre, det siste døgnet. Det er ikke bekreftet av uavhengige kilder.";

    private static Newsroom newsroom;
    private static String editor;
    private static String verifier;
    private static String secondVerifier;
    private static String admin;
    private static String reader;

    @BeforeAll
    static void startSuite() {
        newsroom = new Newsroom();
        editor = newsroom.token("tour-erik", "editor");
        verifier = newsroom.token("tour-kari", "verifier");
        secondVerifier = newsroom.token("tour-ola", "verifier");
        admin = newsroom.token("tour-admin", "admin");
        reader = newsroom.token("tour-reader", "reader");
    }

    @Test
    void shouldTakeAnArticleThroughItsLifeWithRevisionsAndSearch() {
        String word = Newsroom.uniqueWord("omvisning");
        JsonNode draft = newsroom.createArticle(editor, "Omvisning " + word, PARAGRAPH);
        String path = "/api/v1/articles/" + draft.path("id").asText();
        expectProblem(404, newsroom.gateway.get(path).send());

        JsonNode renamed = send(200, newsroom.gateway.call("PATCH", path).token(editor).ifMatch(etag(draft))
                .body(MERGE_PATCH, Api.json(Map.of("lead", "Ny ingress " + word))));
        assertEquals("Ny ingress " + word, renamed.path("lead").asText());
        Map<String, Object> replacement = Newsroom.articleBody("Omvisning " + word, PARAGRAPH,
                "Russiske myndigheter har ikke kommentert opplysningene.");
        JsonNode replaced = send(200, newsroom.gateway.call("PUT", path).token(editor).ifMatch(etag(renamed))
                .json(replacement));
        assertEquals(2, replaced.path("blocks").size());
        Api.Answer posted = newsroom.gateway.post(path + "/blocks?position=top").token(editor)
                .ifMatch(etag(replaced)).json(Map.of("type", "PARAGRAPH", "text", "Siste nytt: " + word)).send();
        JsonNode block = expect(201, posted).json();
        assertFalse(block.path("postedAt").isNull(), block.toString());
        JsonNode live = get(path, editor);
        assertEquals(block.path("id").asText(), live.path("blocks").path(0).path("id").asText());
        assertEquals(posted.etag(), etag(live));
        JsonNode published = newsroom.publish(editor, live);
        assertEquals("PUBLISHED", published.path("status").asText());

        JsonNode found = get("/api/v1/articles?q=" + word + "&limit=5", null);
        assertEquals(draft.path("id").asText(), found.path("items").path(0).path("id").asText());
        JsonNode listed = get("/api/v1/articles?status=PUBLISHED&language=nb&tag=reliability&sort=publishedAt&limit=3",
                null);
        assertTrue(listed.path("items").size() > 0);
        listed.path("items").forEach(item -> assertEquals("PUBLISHED", item.path("status").asText()));

        JsonNode revisions = get(path + "/revisions?limit=10", editor);
        JsonNode oldestFirst = revisions.path("items");
        int newest = oldestFirst.path(oldestFirst.size() - 1).path("number").asInt();
        assertTrue(newest >= 4, "create, patch, put, live block: " + revisions);
        assertEquals(draft.path("lead").asText(), get(path + "/revisions/1", editor).path("content").path("lead")
                .asText());
        JsonNode diff = get(path + "/revisions/1/diff/" + newest, editor);
        assertFalse(diff.path("blocks").isEmpty(), diff.toString());

        JsonNode unpublished = send(200, newsroom.gateway.post(path + "/unpublish").token(editor)
                .ifMatch(etag(published)));
        assertEquals("DRAFT", unpublished.path("status").asText());
        expectProblem(404, newsroom.gateway.get(path).send());
        JsonNode archived = send(200, newsroom.gateway.post(path + "/archive").token(editor)
                .ifMatch(etag(unpublished)));
        assertEquals("ARCHIVED", archived.path("status").asText());
    }

    @Test
    void shouldTakeAClaimFromCreationToAnApprovedVerdictWithItsRecord() {
        JsonNode article = publishedArticle("Påstander");
        String word = Newsroom.uniqueWord("fly");
        JsonNode created = newsroom.createClaim(editor, article, 0, "Fire russiske fly skutt ned " + word);
        String claimId = created.path("id").asText();
        String path = "/api/v1/claims/" + claimId;

        assertEquals(List.of(claimId), ids(get("/api/v1/claims?articleId=" + article.path("id").asText(), null)));
        assertEquals(List.of(claimId), ids(get("/api/v1/claims?q=" + word, reader)));
        JsonNode unverified = get("/api/v1/claims?status=UNVERIFIED&language=nb&claimant="
                + Newsroom.encode("Ukrainske myndigheter") + "&limit=5", editor);
        unverified.path("items").forEach(item -> assertEquals("UNVERIFIED", item.path("status").asText()));
        expectProblem(403, newsroom.gateway.get("/api/v1/claims?assignee=tour-kari").token(reader).send());

        String assignee = Newsroom.uniqueWord("tour-");
        JsonNode assigned = send(200, newsroom.gateway.call("PATCH", path).token(verifier).ifMatch(etag(created))
                .body(MERGE_PATCH, Api.json(Map.of("assignee", assignee, "recheckBy", "2031-01-01T00:00:00Z"))));
        assertEquals(assignee, assigned.path("assignee").asText());
        assertEquals(List.of(claimId), ids(get("/api/v1/claims?assignee=" + assignee, verifier)));
        assertTrue(get("/api/v1/review-queue?limit=5", verifier).path("total").asLong() > 0);

        JsonNode inReview = transition(path, assigned, "IN_REVIEW", null);
        JsonNode evidence = send(201, newsroom.gateway.post(path + "/evidence").token(verifier).json(Map.of(
                "type", "INDEPENDENT_REPORT", "url", "https://www.reuters.com/world/europe/example",
                "description", "Reuters documents the wreckage", "independent", true)));
        assertEquals(List.of(evidence.path("id").asText()), ids(get(path + "/evidence", verifier)));
        JsonNode proposed = transition(path, inReview, "CONFIRMED", "An independent report documents it.");
        assertEquals("IN_REVIEW", get(path, null).path("status").asText());
        JsonNode approved = send(200, newsroom.gateway.post(path + "/approval").token(secondVerifier)
                .ifMatch(etag(proposed)));
        assertEquals("CONFIRMED", approved.path("publicStatus").asText());

        List<String> actions = new ArrayList<>();
        get(path + "/history", verifier).path("items").forEach(entry -> actions.add(entry.path("action").asText()));
        assertTrue(actions.size() >= 4, actions.toString());
        JsonNode review = get(path + "/claimreview", null);
        assertEquals("Bekreftet", review.path("reviewRating").path("alternateName").asText());

        Api.Answer locked = newsroom.gateway.call("PATCH", path).token(editor).ifMatch(etag(approved))
                .body(MERGE_PATCH, Api.json(Map.of("statement", "Noe annet"))).send();
        expectProblem(409, locked);
        expectProblem(412, newsroom.gateway.call("PATCH", path).token(verifier).ifMatch(etag(created))
                .body(MERGE_PATCH, Api.json(Map.of("assignee", "tour-ola"))).send());
        expectProblem(404, newsroom.gateway.get("/api/v1/claims/" + UUID.randomUUID()).send());

        String evidencePath = path + "/evidence/" + evidence.path("id").asText();
        expectProblem(409, newsroom.gateway.call("DELETE", evidencePath).token(verifier).send());
        Map<String, Object> reopening = Map.of("to", "IN_REVIEW", "reason", "Nye opplysninger");
        send(200, newsroom.gateway.post(path + "/transitions").token(verifier).ifMatch(etag(approved))
                .json(reopening));
        JsonNode superseded = send(200, newsroom.gateway.post(evidencePath + "/supersession").token(verifier)
                .json(Map.of("reason", "Erstattet av nyere tall")));
        assertTrue(superseded.path("superseded").asBoolean(), superseded.toString());
        JsonNode mistake = send(201, newsroom.gateway.post(path + "/evidence").token(verifier).json(Map.of(
                "type", "OTHER", "url", "https://example.org/feil", "description", "Feil sak",
                "independent", false)));
        expect(204, newsroom.gateway.call("DELETE", path + "/evidence/" + mistake.path("id").asText())
                .token(verifier).send());
        assertEquals(List.of(evidence.path("id").asText()), ids(get(path + "/evidence", verifier)));
    }

    @Test
    void shouldWithdrawAClaimAndKeepTheReason() {
        JsonNode article = publishedArticle("Tilbaketrukket");
        JsonNode claim = newsroom.createClaim(editor, article, 0, "Fire fly skutt ned");

        JsonNode withdrawn = send(200, newsroom.gateway.post("/api/v1/claims/" + claim.path("id").asText()
                + "/withdrawal").token(editor).ifMatch(etag(claim)).json(Map.of("reason", "Duplikat")));

        assertEquals("Duplikat", withdrawn.path("withdrawalReason").asText());
        assertFalse(withdrawn.path("withdrawnAt").isNull());
    }

    @Test
    void shouldExtractImportAndMatchClaims() {
        JsonNode extraction = send(200, newsroom.gateway.post("/api/v1/extractions").token(editor).json(Map.of(
                "text", "Minst 2500 mennesker skal ha mistet livet, ifølge Oleksij Arestovitsj. Det er ikke bekreftet.",
                "language", "nb")));
        assertEquals("Oleksij Arestovitsj", extraction.path("candidates").path(0).path("claimant").asText());

        String title = Newsroom.uniqueWord("Import ");
        JsonNode imported = send(201, newsroom.gateway.post("/api/v1/articles/import?language=nb&title="
                + Newsroom.encode(title)).token(editor).body("text/plain", PARAGRAPH));
        assertEquals(title, imported.path("title").asText());
        JsonNode stored = send(200, newsroom.gateway.post("/api/v1/articles/" + imported.path("id").asText()
                + "/claims:extract").token(editor));
        assertTrue(stored.path("created").asInt() > 0, stored.toString());

        Map<String, Object> claim = new LinkedHashMap<>();
        claim.put("statement", "Ukrainske myndigheter hevder at de har skutt ned fire russiske fly det siste døgnet.");
        claim.put("claimant", "Ukrainske myndigheter");
        claim.put("language", "nb");
        claim.put("reportedAt", "2022-03-14T08:00:00Z");
        Map<String, Object> candidate = new LinkedHashMap<>();
        candidate.put("id", "en");
        candidate.put("statement", "Ukraine says it shot down 4 Russian aircraft, including 3 helicopters.");
        candidate.put("claimant", "Ukrainian authorities");
        candidate.put("language", "en");
        candidate.put("reportedAt", "2022-03-14T10:00:00Z");
        JsonNode matched = send(200, newsroom.gateway.post("/api/v1/claims:match").token(verifier)
                .json(Map.of("claim", claim, "candidates", List.of(candidate))));
        assertEquals("SAME", matched.path("matches").path(0).path("relation").asText(), matched.toString());
    }

    @Test
    void shouldManageAWebhookSubscription() {
        JsonNode created = send(201, newsroom.gateway.post("/api/v1/webhooks").token(admin).json(Map.of(
                "url", "http://127.0.0.1:9/tour", "eventTypes", List.of("claim.created"))));
        String path = "/api/v1/webhooks/" + created.path("id").asText();
        assertTrue(ids(get("/api/v1/webhooks", admin)).contains(created.path("id").asText()));

        newsroom.createClaim(editor, publishedArticle("Webhook"), 0, "Fire fly skutt ned");
        JsonNode delivery = awaitFirstDelivery(path);
        assertEquals("claim.created", delivery.path("eventType").asText());
        expectProblem(409, newsroom.gateway.post(path + "/deliveries/" + delivery.path("id").asText()
                + "/redelivery").token(admin).send());

        String version = expect(200, newsroom.gateway.get(path).token(admin).send()).etag();
        JsonNode paused = send(200, newsroom.gateway.call("PATCH", path).token(admin).ifMatch(version)
                .body(MERGE_PATCH, Api.json(Map.of("paused", true))));
        assertEquals("PAUSED", paused.path("status").asText());
        JsonNode rotated = send(200, newsroom.gateway.post(path + "/secret-rotation").token(admin));
        assertNotEquals(created.path("secret").asText(), rotated.path("secret").asText());

        expect(204, newsroom.gateway.call("DELETE", path).token(admin).send());
        expectProblem(404, newsroom.gateway.get(path).token(admin).send());
    }

    private static JsonNode publishedArticle(String title) {
        JsonNode article = newsroom.publish(editor, newsroom.createArticle(editor, Newsroom.uniqueWord(title + " "),
                PARAGRAPH));
        newsroom.awaitPublicationRead(article);
        return article;
    }

    /** The receiver refuses connections, so the delivery stays pending with retries ahead of it. */
    private static JsonNode awaitFirstDelivery(String webhookPath) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        JsonNode deliveries = get(webhookPath + "/deliveries?limit=5", admin);
        while (deliveries.path("items").isEmpty() && Instant.now().isBefore(deadline)) {
            RunningSuite.sleep(Duration.ofMillis(500));
            deliveries = get(webhookPath + "/deliveries?limit=5", admin);
        }
        assertEquals(1, deliveries.path("items").size(), deliveries.toString());
        return deliveries.path("items").path(0);
    }

    private static JsonNode transition(String claimPath, JsonNode claim, String to, String rationale) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("to", to);
        if (rationale != null) {
            body.put("rationale", rationale);
        }
        JsonNode moved = send(200, newsroom.gateway.post(claimPath + "/transitions").token(verifier)
                .ifMatch(etag(claim)).json(body));
        assertEquals(to, moved.path("status").asText());
        return moved;
    }

    private static JsonNode get(String path, String token) {
        return send(200, newsroom.gateway.get(path).token(token));
    }

    private static JsonNode send(int status, Api.Call call) {
        return expect(status, call.send()).json();
    }

    private static void expectProblem(int status, Api.Answer answer) {
        expect(status, answer);
        assertTrue(answer.isProblem(), answer.toString());
    }

    private static List<String> ids(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.path("items").forEach(item -> ids.add(item.path("id").asText()));
        return ids;
    }
}
