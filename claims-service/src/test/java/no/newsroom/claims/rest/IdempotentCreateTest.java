package no.newsroom.claims.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import no.newsroom.support.auth.Roles;
import no.newsroom.support.testing.TestTokens;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

import static io.restassured.RestAssured.given;
import static no.newsroom.claims.rest.ClaimRequests.aClaim;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * Safe retries: a client whose create timed out sends it again with the same Idempotency-Key and gets the first
 * answer; exactly one resource exists.
 */
@QuarkusTest
class IdempotentCreateTest {

    private static final String KEY = "Idempotency-Key";

    @Test
    void shouldCreateOneClaimWhenACreateIsRetriedWithTheSameKey() {
        String articleId = UUID.randomUUID().toString();
        Map<String, Object> body = aClaim().with("articleId", articleId).build();
        String key = UUID.randomUUID().toString();
        loseTheAnswer(asEditor().header(KEY, key).body(body), "/claims");

        Response retry = asEditor().header(KEY, key).body(body).when().post("/claims");

        retry.then().statusCode(201)
                .header("Idempotent-Replayed", "true")
                .header("Location", endsWith("/claims/" + idOfTheOnlyClaimOf(articleId)))
                .header("ETag", "\"0\"")
                .contentType(ContentType.JSON)
                .body("status", equalTo("UNVERIFIED"));
        assertEquals(1, claimCount(articleId));
    }

    @Test
    void shouldCreateOneClaimWhenTheRetryRacesTheFirstRequest() {
        String articleId = UUID.randomUUID().toString();
        Map<String, Object> body = aClaim().with("articleId", articleId).build();
        String key = UUID.randomUUID().toString();
        Supplier<Response> send = () -> asEditor().header(KEY, key).body(body).post("/claims");
        var first = CompletableFuture.supplyAsync(() -> retryUntilAnswered(send));

        Response retry = retryUntilAnswered(send);

        assertEquals(201, retry.statusCode());
        assertEquals(201, first.join().statusCode());
        assertEquals(first.join().path("id").toString(), retry.path("id").toString());
        assertEquals(1, claimCount(articleId));
    }

    @Test
    void shouldAddEvidenceOnceWhenRetriedWithTheSameKey() {
        String claimId = ClaimSteps.create();
        Map<String, Object> evidence = Map.of("type", "INDEPENDENT_REPORT",
                "url", "https://www.reuters.com/world/europe/example", "description", "Reuters confirms the figures",
                "independent", true);
        String key = UUID.randomUUID().toString();
        loseTheAnswer(asVerifier().header(KEY, key).body(evidence), "/claims/" + claimId + "/evidence");

        String retriedId = asVerifier().header(KEY, key).body(evidence)
                .when().post("/claims/" + claimId + "/evidence")
                .then().statusCode(201).header("Idempotent-Replayed", "true")
                .extract().path("id");

        List<String> ids = given().auth().oauth2(TestTokens.verifier()).when().get("/claims/" + claimId + "/evidence")
                .then().statusCode(200).extract().path("items.id");
        assertEquals(List.of(retriedId), ids);
    }

    @Test
    void shouldSubscribeOnceWhenAWebhookCreateIsRetriedWithTheSameKey() {
        String url = "http://127.0.0.1:9/hooks/" + UUID.randomUUID();
        Map<String, Object> subscription = Map.of("url", url, "eventTypes", List.of("claim.approved"));
        String key = UUID.randomUUID().toString();
        loseTheAnswer(asAdmin().header(KEY, key).body(subscription), "/webhooks");

        String id = asAdmin().header(KEY, key).body(subscription).when().post("/webhooks")
                .then().statusCode(201).header("Idempotent-Replayed", "true").body("url", equalTo(url))
                .extract().path("id");

        List<String> urls = given().auth().oauth2(TestTokens.admin()).when().get("/webhooks")
                .then().statusCode(200).extract().path("items.url");
        assertEquals(1, urls.stream().filter(url::equals).count());
        given().auth().oauth2(TestTokens.admin()).when().delete("/webhooks/" + id).then().statusCode(204);
    }

    @Test
    void shouldRefuseTheSameKeyWithADifferentBodyWith422() {
        String key = UUID.randomUUID().toString();
        asEditor().header(KEY, key).body(aClaim().build()).when().post("/claims").then().statusCode(201);

        asEditor().header(KEY, key).body(aClaim().with("statement", "Another statement").build())
                .when().post("/claims")
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("https://newsroom.example/problems/idempotency-key-reused"));
    }

    @Test
    void shouldNotKeepAFailedAnswerSoTheRetryRunsAgain() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> invalid = aClaim().with("statement", " ").build();
        asEditor().header(KEY, key).body(invalid).when().post("/claims").then().statusCode(400);

        asEditor().header(KEY, key).body(invalid).when().post("/claims")
                .then().statusCode(400)
                .header("Idempotent-Replayed", nullValue());
    }

    @Test
    void shouldKeepKeysApartPerCaller() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = aClaim().build();
        String first = asEditor().header(KEY, key).body(body).when().post("/claims")
                .then().statusCode(201).extract().path("id");

        String other = given().auth().oauth2(TestTokens.token("kari", Roles.EDITOR)).contentType(ContentType.JSON)
                .header(KEY, key).body(body).when().post("/claims")
                .then().statusCode(201).header("Idempotent-Replayed", nullValue()).extract().path("id");

        assertNotEquals(first, other);
    }

    @Test
    void shouldCreateEachTimeWithoutAKey() {
        String articleId = UUID.randomUUID().toString();
        Map<String, Object> body = aClaim().with("articleId", articleId).build();

        asEditor().body(body).when().post("/claims").then().statusCode(201);
        asEditor().body(body).when().post("/claims").then().statusCode(201);

        assertEquals(2, claimCount(articleId));
    }

    /** The request reaches the service, but the client gave up before reading the answer. */
    private static void loseTheAnswer(RequestSpecification request, String path) {
        request.when().post(path);
    }

    /** Whichever of two racing requests comes second gets 409 while the other runs, and tries again. */
    private static Response retryUntilAnswered(Supplier<Response> retry) {
        for (int attempt = 0; attempt < 50; attempt++) {
            Response answer = retry.get();
            if (answer.statusCode() != 409) {
                return answer;
            }
            answer.then().body("type", equalTo("https://newsroom.example/problems/idempotency-key-in-use"));
            sleep();
        }
        throw new AssertionError("The first request never finished");
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static int claimCount(String articleId) {
        return given().auth().oauth2(TestTokens.editor()).when().get("/claims/by-article/" + articleId)
                .then().statusCode(200).extract().path("total");
    }

    private static String idOfTheOnlyClaimOf(String articleId) {
        return given().auth().oauth2(TestTokens.editor()).when().get("/claims/by-article/" + articleId)
                .then().statusCode(200).extract().path("items[0].id");
    }

    private static RequestSpecification asEditor() {
        return given().auth().oauth2(TestTokens.editor()).contentType(ContentType.JSON);
    }

    private static RequestSpecification asVerifier() {
        return given().auth().oauth2(TestTokens.verifier()).contentType(ContentType.JSON);
    }

    private static RequestSpecification asAdmin() {
        return given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON);
    }
}
