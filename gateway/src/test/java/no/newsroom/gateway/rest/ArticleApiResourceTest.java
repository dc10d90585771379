package no.newsroom.gateway.rest;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

@QuarkusTest
@QuarkusTestResource(DownstreamServices.class)
class ArticleApiResourceTest {

    private static final String ARTICLE_ID = "0b6f6c9e-1f0a-4a53-8c9a-5d1f1e2b7c44";
    private static final String BLOCK_ID = "6f1c2a8e-3b7d-4c55-9a0e-2d4b8c1e7f90";
    private static final String OTHER_BLOCK_ID = "7a2d3b9f-4c8e-4d66-8b1f-3e5c9d2f8a01";

    @DownstreamServices.InjectDownstream
    WireMockServer downstream;

    @BeforeEach
    void resetStubs() {
        downstream.resetAll();
    }

    @Test
    void shouldAttachEachClaimToItsBlock() {
        stubArticle();
        stubClaims(claim("c1", BLOCK_ID, "UNVERIFIED", 0), claim("c2", BLOCK_ID, "CONFIRMED", 3));

        given().when().get("/api/v1/articles/" + ARTICLE_ID + "?include=claims")
                .then().statusCode(200)
                .header("ETag", notNullValue())
                .body("title", org.hamcrest.Matchers.equalTo("Kyiv"))
                .body("claims.available", org.hamcrest.Matchers.equalTo(true))
                .body("claims.count", org.hamcrest.Matchers.equalTo(2))
                .body("blocks[0].claims", hasSize(2))
                .body("blocks[0].claims[1].status", org.hamcrest.Matchers.equalTo("CONFIRMED"))
                .body("blocks[1].claims", hasSize(0));
    }

    @Test
    void shouldCallEachServiceOnceWhateverTheNumberOfClaims() {
        stubArticle();
        stubClaims(claim("c1", BLOCK_ID, "UNVERIFIED", 0), claim("c2", OTHER_BLOCK_ID, "UNVERIFIED", 0),
                claim("c3", OTHER_BLOCK_ID, "UNVERIFIED", 0));

        given().when().get("/api/v1/articles/" + ARTICLE_ID + "?include=claims").then().statusCode(200);

        downstream.verify(1, getRequestedFor(urlEqualTo("/articles/" + ARTICLE_ID)));
        downstream.verify(1, getRequestedFor(urlEqualTo("/claims/by-article/" + ARTICLE_ID)));
    }

    @Test
    void shouldDegradeWhenClaimsServiceFails() {
        stubArticle();
        downstream.stubFor(get(urlPathEqualTo("/claims/by-article/" + ARTICLE_ID))
                .willReturn(aResponse().withStatus(500)));

        given().when().get("/api/v1/articles/" + ARTICLE_ID + "?include=claims")
                .then().statusCode(200)
                .body("title", org.hamcrest.Matchers.equalTo("Kyiv"))
                .body("claims.available", org.hamcrest.Matchers.equalTo(false));
    }

    @Test
    void shouldDegradeWhenClaimsServiceIsSlow() {
        stubArticle();
        downstream.stubFor(get(urlPathEqualTo("/claims/by-article/" + ARTICLE_ID))
                .willReturn(okJson("{\"items\": []}").withFixedDelay(3_000)));

        given().when().get("/api/v1/articles/" + ARTICLE_ID + "?include=claims")
                .then().statusCode(200)
                .body("claims.available", org.hamcrest.Matchers.equalTo(false));
    }

    @Test
    void shouldAnswer503WithRetryAfterWhenArticlesServiceFails() {
        downstream.stubFor(get(urlPathEqualTo("/articles/" + ARTICLE_ID)).willReturn(aResponse().withStatus(503)));
        stubClaims();

        given().when().get("/api/v1/articles/" + ARTICLE_ID + "?include=claims")
                .then().statusCode(503)
                .header("Retry-After", notNullValue())
                .contentType("application/problem+json")
                .body("detail", containsString("articles-service"));
    }

    @Test
    void shouldPassDownstreamProblemThrough() {
        downstream.stubFor(get(urlPathEqualTo("/articles/nope")).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/problem+json")
                .withBody("{\"title\":\"Article not found\",\"status\":404}")));

        given().when().get("/api/v1/articles/nope?include=claims")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("title", org.hamcrest.Matchers.equalTo("Article not found"));
    }

    @Test
    void shouldAnswerNotModifiedForUnchangedComposedArticle() {
        stubArticle();
        stubClaims(claim("c1", BLOCK_ID, "UNVERIFIED", 0));
        String etag = given().when().get("/api/v1/articles/" + ARTICLE_ID + "?include=claims")
                .then().statusCode(200).extract().header("ETag");

        given().header("If-None-Match", etag)
                .when().get("/api/v1/articles/" + ARTICLE_ID + "?include=claims")
                .then().statusCode(304);
    }

    @Test
    void shouldChangeETagWhenAClaimStatusChanges() {
        stubArticle();
        stubClaims(claim("c1", BLOCK_ID, "UNVERIFIED", 0));
        String before = given().when().get("/api/v1/articles/" + ARTICLE_ID + "?include=claims")
                .then().extract().header("ETag");
        stubClaims(claim("c1", BLOCK_ID, "CONFIRMED", 3));

        given().header("If-None-Match", before)
                .when().get("/api/v1/articles/" + ARTICLE_ID + "?include=claims")
                .then().statusCode(200)
                .header("ETag", org.hamcrest.Matchers.not(before));
    }

    @Test
    void shouldForwardTheBearerToken() {
        stubArticle();
        String token = TestTokens.token("erik", "editor");

        given().auth().oauth2(token).when().get("/api/v1/articles/" + ARTICLE_ID).then().statusCode(200);

        downstream.verify(getRequestedFor(urlEqualTo("/articles/" + ARTICLE_ID))
                .withHeader("Authorization", equalTo("Bearer " + token)));
    }

    private void stubArticle() {
        downstream.stubFor(get(urlPathEqualTo("/articles/" + ARTICLE_ID)).willReturn(okJson("""
                {"id": "%s", "title": "Kyiv", "version": 2,
                 "blocks": [{"id": "%s", "type": "PARAGRAPH", "text": "Ukrainske myndigheter hevder ..."},
                            {"id": "%s", "type": "HEADING", "text": "Flyalarm"}]}
                """.formatted(ARTICLE_ID, BLOCK_ID, OTHER_BLOCK_ID)).withHeader("ETag", "\"2\"")));
    }

    private void stubClaims(String... claims) {
        downstream.stubFor(get(urlPathEqualTo("/claims/by-article/" + ARTICLE_ID))
                .willReturn(okJson("{\"items\": [" + String.join(",", claims) + "], \"total\": " + claims.length + "}")));
    }

    private static String claim(String id, String blockId, String status, int version) {
        return """
                {"id": "%s", "articleId": "%s", "anchor": {"blockId": "%s", "start": 0, "end": 5, "quote": "Ukrai"},
                 "status": "%s", "publicStatus": "%s", "version": %d}
                """.formatted(id + UUID.nameUUIDFromBytes(id.getBytes()), ARTICLE_ID, blockId, status, status, version);
    }
}
