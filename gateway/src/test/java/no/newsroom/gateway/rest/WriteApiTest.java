package no.newsroom.gateway.rest;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import no.newsroom.support.auth.Roles;
import no.newsroom.support.testing.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.URL;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static no.newsroom.gateway.rest.TestData.ARTICLE_ID;
import static no.newsroom.gateway.rest.TestData.BLOCK_ID;
import static no.newsroom.gateway.rest.TestData.CLAIM_ID;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;

@QuarkusTest
@QuarkusTestResource(DownstreamServices.class)
class WriteApiTest {

    private static final String PROBLEM = "application/problem+json";

    @TestHTTPResource(value = "/metrics", management = true)
    URL metrics;

    @DownstreamServices.ArticlesService
    WireMockServer articles;

    @DownstreamServices.ClaimsService
    WireMockServer claims;

    @BeforeEach
    void resetStubs() {
        articles.resetAll();
        claims.resetAll();
    }

    @Test
    void shouldCreateAnArticleAndPointTheLocationIntoThePublicApi() {
        articles.stubFor(post(urlEqualTo("/articles")).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json")
                .withHeader("Location", "http://articles:8080/articles/" + ARTICLE_ID)
                .withHeader("ETag", "\"0\"")
                .withBody(TestData.article().json())));
        String draft = "{\"title\": \"Kyiv\", \"language\": \"nb\", \"blocks\": []}";

        given().auth().oauth2(TestTokens.editor()).contentType("application/json").body(draft)
                .when().post("/api/v1/articles")
                .then().statusCode(201)
                .header("Location", endsWith("/api/v1/articles/" + ARTICLE_ID))
                .header("ETag", is("\"0\""))
                .header("Cache-Control", is("private, no-store"))
                .body("id", is(ARTICLE_ID));

        articles.verify(postRequestedFor(urlEqualTo("/articles")).withRequestBody(equalToJson(draft)));
    }

    @Test
    void shouldForwardIfMatchAndPassAStaleVersionProblemThrough() {
        articles.stubFor(put(urlEqualTo("/articles/" + ARTICLE_ID)).willReturn(aResponse().withStatus(412)
                .withHeader("Content-Type", PROBLEM)
                .withBody("{\"type\": \"https://newsroom.example/problems/stale-version\", "
                        + "\"title\": \"Version is outdated\", \"status\": 412}")));

        given().auth().oauth2(TestTokens.editor()).header("If-Match", "\"1\"").contentType("application/json")
                .body("{\"title\": \"Kyiv\"}")
                .when().put("/api/v1/articles/" + ARTICLE_ID)
                .then().statusCode(412)
                .contentType(PROBLEM)
                .body("title", is("Version is outdated"));

        articles.verify(putRequestedFor(urlEqualTo("/articles/" + ARTICLE_ID)).withHeader("If-Match", equalTo("\"1\"")));
    }

    @Test
    void shouldForwardTheIdempotencyKeyOfEveryCreate() {
        articles.stubFor(post(urlPathEqualTo("/articles")).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody(TestData.article().json())));
        articles.stubFor(post(urlPathEqualTo("/articles/import")).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody(TestData.article().json())));
        articles.stubFor(post(urlPathEqualTo("/articles/" + ARTICLE_ID + "/blocks")).willReturn(aResponse()
                .withStatus(201).withHeader("Content-Type", "application/json").withBody("{}")));
        claims.stubFor(post(urlPathEqualTo("/claims")).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody("{}")));
        claims.stubFor(post(urlPathEqualTo("/claims/" + CLAIM_ID + "/evidence")).willReturn(aResponse()
                .withStatus(201).withHeader("Content-Type", "application/json").withBody("{}")));
        claims.stubFor(post(urlPathEqualTo("/webhooks")).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody("{}")));

        createWith("key-article", TestTokens.editor(), "application/json", "/api/v1/articles");
        createWith("key-import", TestTokens.editor(), "text/plain", "/api/v1/articles/import?language=nb&title=Kyiv");
        createWith("key-block", TestTokens.editor(), "application/json", "/api/v1/articles/" + ARTICLE_ID + "/blocks");
        createWith("key-claim", TestTokens.editor(), "application/json", "/api/v1/claims");
        createWith("key-evidence", TestTokens.token("vera", Roles.VERIFIER), "application/json",
                "/api/v1/claims/" + CLAIM_ID + "/evidence");
        createWith("key-webhook", TestTokens.token("ada", Roles.ADMIN), "application/json", "/api/v1/webhooks");

        articles.verify(postRequestedFor(urlPathEqualTo("/articles")).withHeader("Idempotency-Key",
                equalTo("key-article")));
        articles.verify(postRequestedFor(urlPathEqualTo("/articles/import")).withHeader("Idempotency-Key",
                equalTo("key-import")));
        articles.verify(postRequestedFor(urlPathEqualTo("/articles/" + ARTICLE_ID + "/blocks"))
                .withHeader("Idempotency-Key", equalTo("key-block")));
        claims.verify(postRequestedFor(urlPathEqualTo("/claims")).withHeader("Idempotency-Key",
                equalTo("key-claim")));
        claims.verify(postRequestedFor(urlPathEqualTo("/claims/" + CLAIM_ID + "/evidence"))
                .withHeader("Idempotency-Key", equalTo("key-evidence")));
        claims.verify(postRequestedFor(urlPathEqualTo("/webhooks")).withHeader("Idempotency-Key",
                equalTo("key-webhook")));
    }

    @Test
    void shouldTellTheClientThatARetriedCreateWasAnsweredFromTheFirstRequest() {
        claims.stubFor(post(urlPathEqualTo("/claims")).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withHeader("Idempotent-Replayed", "true")
                .withBody("{}")));

        given().auth().oauth2(TestTokens.editor()).header("Idempotency-Key", "key-retried")
                .contentType("application/json").body("{}")
                .when().post("/api/v1/claims")
                .then().statusCode(201)
                .header("Idempotent-Replayed", "true");
    }

    private static void createWith(String key, String token, String contentType, String path) {
        given().auth().oauth2(token).header("Idempotency-Key", key).header("If-Match", "\"0\"")
                .contentType(contentType).body(contentType.equals("text/plain") ? "Kyiv\n\nTekst." : "{}")
                .when().post(path)
                .then().statusCode(201);
    }

    @Test
    void shouldSendMergePatchesAsMergePatches() {
        claims.stubFor(patch(urlEqualTo("/claims/" + CLAIM_ID)).willReturn(okJson("{\"assignee\": \"kari\"}")));

        given().auth().oauth2(TestTokens.editor()).header("If-Match", "\"3\"")
                .contentType("application/merge-patch+json").body("{\"assignee\": \"kari\"}")
                .when().patch("/api/v1/claims/" + CLAIM_ID)
                .then().statusCode(200).body("assignee", is("kari"));

        claims.verify(patchRequestedFor(urlEqualTo("/claims/" + CLAIM_ID))
                .withHeader("Content-Type", containing("application/merge-patch+json")));
    }

    @Test
    void shouldPassValidationProblemsThroughWithTheirFields() {
        claims.stubFor(post(urlEqualTo("/claims")).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", PROBLEM)
                .withBody("{\"type\": \"https://newsroom.example/problems/validation\", "
                        + "\"title\": \"Invalid request\", \"status\": 400, "
                        + "\"errors\": [{\"field\": \"statement\", \"message\": \"must not be blank\"}]}")));

        given().auth().oauth2(TestTokens.editor()).contentType("application/json").body("{}")
                .when().post("/api/v1/claims")
                .then().statusCode(400)
                .contentType(PROBLEM)
                .body("errors[0].field", is("statement"));
    }

    @Test
    void shouldNotRetryWrites() {
        claims.stubFor(post(urlEqualTo("/claims/" + CLAIM_ID + "/transitions")).willReturn(aResponse().withStatus(503)));

        given().auth().oauth2(TestTokens.token("vera", Roles.VERIFIER)).header("If-Match", "\"1\"")
                .contentType("application/json").body("{\"to\": \"IN_REVIEW\"}")
                .when().post("/api/v1/claims/" + CLAIM_ID + "/transitions")
                .then().statusCode(503)
                .header("Retry-After", notNullValue())
                .contentType(PROBLEM);

        claims.verify(1, postRequestedFor(urlEqualTo("/claims/" + CLAIM_ID + "/transitions")));
    }

    /** claims-service counts the transitions it makes; the gateway's request metrics show the refused ones. */
    @Test
    void shouldCountRefusedTransitionsInTheRequestMetrics() {
        claims.stubFor(post(urlEqualTo("/claims/" + CLAIM_ID + "/transitions")).willReturn(aResponse().withStatus(409)
                .withHeader("Content-Type", PROBLEM)
                .withBody("{\"type\": \"https://newsroom.example/problems/claim-rule\", "
                        + "\"title\": \"Conflict\", \"status\": 409}")));

        given().auth().oauth2(TestTokens.token("vera", Roles.VERIFIER)).header("If-Match", "\"1\"")
                .contentType("application/json").body("{\"to\": \"CONFIRMED\"}")
                .when().post("/api/v1/claims/" + CLAIM_ID + "/transitions")
                .then().statusCode(409);

        given().when().get(metrics)
                .then().statusCode(200)
                .body(containsString("status=\"409\",uri=\"/api/v1/claims/{id}/transitions\""));
    }

    /** Some HTTP clients percent-encode every colon in a path; both spellings reach the custom method. */
    @ParameterizedTest
    @ValueSource(strings = {"claims:extract", "claims%3Aextract", "claims%3aextract"})
    void shouldExtractClaimsFromTheArticleBlocks(String customMethod) {
        articles.stubFor(get(urlEqualTo("/articles/" + ARTICLE_ID)).willReturn(okJson(TestData.article().json())));
        claims.stubFor(post(urlEqualTo("/article-extractions")).willReturn(okJson(
                "{\"articleId\": \"" + ARTICLE_ID + "\", \"created\": 0, \"existing\": 0, \"claims\": []}")));

        given().urlEncodingEnabled(false).auth().oauth2(TestTokens.editor())
                .when().post("/api/v1/articles/" + ARTICLE_ID + "/" + customMethod)
                .then().statusCode(200);

        claims.verify(postRequestedFor(urlEqualTo("/article-extractions"))
                .withRequestBody(matchingJsonPath("$.articleId", equalTo(ARTICLE_ID)))
                .withRequestBody(matchingJsonPath("$.language", equalTo("nb")))
                .withRequestBody(matchingJsonPath("$.blocks[0].id", equalTo(BLOCK_ID)))
                .withRequestBody(matchingJsonPath("$.blocks[0].type", equalTo("PARAGRAPH"))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"claims:match", "claims%3Amatch"})
    void shouldForwardAMatchRequestToClaimsServiceAndPassItsAnswerThrough(String customMethod) {
        String request = "{\"claim\": {\"statement\": \"Kyiv\", \"language\": \"nb\"}, \"candidates\": []}";
        claims.stubFor(post(urlEqualTo("/claims:match")).willReturn(okJson(
                "{\"matches\": [{\"id\": \"c-2\", \"relation\": \"SAME\", \"score\": 0.93}]}")));

        given().urlEncodingEnabled(false).auth().oauth2(TestTokens.token("vera", Roles.VERIFIER))
                .contentType("application/json").body(request)
                .when().post("/api/v1/" + customMethod)
                .then().statusCode(200)
                .body("matches[0].relation", is("SAME"));

        claims.verify(postRequestedFor(urlEqualTo("/claims:match")).withRequestBody(equalToJson(request)));
    }

    @Test
    void shouldForwardAMatchDecisionForTheClaimPair() {
        String other = "5d2b7c8e-0f4a-4b6c-9e1d-3a7f8b2c6e90";
        String decision = "{\"decision\": \"CONFIRMED\", \"relation\": \"SAME\"}";
        claims.stubFor(post(urlEqualTo("/claims/" + CLAIM_ID + "/matches/" + other)).willReturn(okJson(
                "{\"relation\": \"SAME\", \"state\": \"CONFIRMED\", \"decidedBy\": \"vera\"}")));

        given().auth().oauth2(TestTokens.token("vera", Roles.VERIFIER)).contentType("application/json").body(decision)
                .when().post("/api/v1/claims/" + CLAIM_ID + "/matches/" + other)
                .then().statusCode(200)
                .body("state", is("CONFIRMED"));

        claims.verify(postRequestedFor(urlEqualTo("/claims/" + CLAIM_ID + "/matches/" + other))
                .withRequestBody(equalToJson(decision)));
    }

    @Test
    void shouldForwardTheConflictFilterOfTheClaimsList() {
        claims.stubFor(get(urlPathEqualTo("/claims")).willReturn(okJson(TestData.page())));

        given().auth().oauth2(TestTokens.token("vera", Roles.VERIFIER)).queryParam("conflict", true)
                .when().get("/api/v1/claims")
                .then().statusCode(200);

        claims.verify(getRequestedFor(urlPathEqualTo("/claims")).withQueryParam("conflict", equalTo("true")));
    }

    @Test
    void shouldPassAMatchProblemThrough() {
        claims.stubFor(post(urlEqualTo("/claims:match")).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", PROBLEM)
                .withBody("{\"type\": \"https://newsroom.example/problems/validation\", "
                        + "\"status\": 400, \"title\": \"Invalid request\", \"errors\": "
                        + "[{\"field\": \"candidates\", \"message\": \"size must be between 0 and 100\"}]}")));

        given().urlEncodingEnabled(false).auth().oauth2(TestTokens.editor()).contentType("application/json")
                .body("{}")
                .when().post("/api/v1/claims:match")
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", is("candidates"));
    }

    @Test
    void shouldNotExtractWhenTheArticleIsMissing() {
        articles.stubFor(get(urlPathEqualTo("/articles/" + ARTICLE_ID)).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", PROBLEM)
                .withBody("{\"type\": \"https://newsroom.example/problems/not-found\", "
                        + "\"status\": 404, \"title\": \"Article not found\"}")));

        given().urlEncodingEnabled(false).auth().oauth2(TestTokens.editor())
                .when().post("/api/v1/articles/" + ARTICLE_ID + "/claims:extract")
                .then().statusCode(404).contentType(PROBLEM);

        articles.verify(getRequestedFor(urlPathEqualTo("/articles/" + ARTICLE_ID)));
        claims.verify(0, postRequestedFor(urlEqualTo("/article-extractions")));
    }
}
