package no.newsroom.gateway.rest;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import no.newsroom.gateway.service.PublishedArticleCache;
import no.newsroom.support.auth.Roles;
import no.newsroom.support.testing.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static no.newsroom.gateway.rest.TestData.ARTICLE_ID;
import static no.newsroom.gateway.rest.TestData.CLAIM_ID;
import static no.newsroom.gateway.rest.TestData.OTHER_BLOCK_ID;
import static no.newsroom.gateway.rest.TestData.article;
import static no.newsroom.gateway.rest.TestData.claim;
import static no.newsroom.gateway.rest.TestData.page;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
@QuarkusTestResource(DownstreamServices.class)
class ArticleApiResourceTest {

    private static final String COMPOSED = "/api/v1/articles/" + ARTICLE_ID + "?include=claims";

    @DownstreamServices.ArticlesService
    WireMockServer articles;

    @DownstreamServices.ClaimsService
    WireMockServer claims;

    @Inject
    PublishedArticleCache cache;

    @BeforeEach
    void resetStubsAndCache() {
        articles.resetAll();
        claims.resetAll();
        cache.invalidate(ARTICLE_ID);
    }

    @Test
    void shouldAttachEachClaimToItsBlock() {
        stubArticle(article());
        stubClaims(claim("c1").json(), claim("c2").status("CONFIRMED").version(3).json());

        given().auth().oauth2(TestTokens.editor()).when().get(COMPOSED)
                .then().statusCode(200)
                .header("ETag", notNullValue())
                .body("title", is("Kyiv"))
                .body("claims.available", is(true))
                .body("claims.count", is(2))
                .body("blocks[0].claims", hasSize(2))
                .body("blocks[0].claims[1].status", is("CONFIRMED"))
                .body("blocks[1].claims", hasSize(0));
    }

    @Test
    void shouldCallEachServiceOnceWhateverTheNumberOfClaims() {
        stubArticle(article());
        stubClaims(claim("c1").json(), claim("c2").inBlock(OTHER_BLOCK_ID).json(),
                claim("c3").inBlock(OTHER_BLOCK_ID).json());

        given().auth().oauth2(TestTokens.reader()).when().get(COMPOSED).then().statusCode(200);

        articles.verify(1, getRequestedFor(urlEqualTo("/articles/" + ARTICLE_ID)));
        claims.verify(1, getRequestedFor(urlEqualTo("/claims/by-article/" + ARTICLE_ID)));
    }

    @Test
    void shouldShowReadersOnlyThePublicStatus() {
        stubArticle(article());
        stubClaims(claim("c1").proposed("FALSE", "IN_REVIEW", "kari").json());

        given().auth().oauth2(TestTokens.reader()).when().get(COMPOSED)
                .then().statusCode(200)
                .body("blocks[0].claims[0].status", is("IN_REVIEW"))
                .body("blocks[0].claims[0].pendingApproval", is(false))
                .body("blocks[0].claims[0]", hasKey("proposedBy"))
                .body("blocks[0].claims[0].proposedBy", nullValue());
    }

    @Test
    void shouldShowReadersTheNewerFigureOfASupersededClaimAndWhereItComesFrom() {
        String newerArticle = "9e4b2c7a-5d1f-4b8e-a3c6-7f2d9e1b4a58";
        stubArticle(article());
        stubClaims(claim("c1").status("CONFIRMED").supersededBy(CLAIM_ID, newerArticle, 7).json());

        given().auth().oauth2(TestTokens.reader()).when().get(COMPOSED)
                .then().statusCode(200)
                .body("blocks[0].claims[0].newerFigure.claimId", is(CLAIM_ID))
                .body("blocks[0].claims[0].newerFigure.articleId", is(newerArticle))
                .body("blocks[0].claims[0].newerFigure.claimant", is("Ukraine's military"))
                .body("blocks[0].claims[0].newerFigure.reportedAt", is("2022-03-15T09:00:00Z"))
                .body("blocks[0].claims[0].newerFigure.quantities[0].value", is(7));
    }

    @Test
    void shouldShowStaffTheProposedVerdict() {
        stubArticle(article());
        stubClaims(claim("c1").proposed("FALSE", "IN_REVIEW", "kari").json());

        given().auth().oauth2(TestTokens.token("vera", Roles.VERIFIER)).when().get(COMPOSED)
                .then().statusCode(200)
                .body("blocks[0].claims[0].status", is("FALSE"))
                .body("blocks[0].claims[0].publicStatus", is("IN_REVIEW"))
                .body("blocks[0].claims[0].proposedBy", is("kari"));
    }

    @Test
    void shouldDegradeWhenClaimsServiceFails() {
        stubArticle(article());
        claims.stubFor(get(urlPathEqualTo("/claims/by-article/" + ARTICLE_ID)).willReturn(aResponse().withStatus(500)));

        given().auth().oauth2(TestTokens.reader()).when().get(COMPOSED)
                .then().statusCode(200)
                .body("title", is("Kyiv"))
                .body("claims.available", is(false));
    }

    @Test
    void shouldShowTheClaimsAgainAsSoonAsClaimsServiceAnswers() {
        stubArticle(article());
        claims.stubFor(get(urlPathEqualTo("/claims/by-article/" + ARTICLE_ID)).willReturn(aResponse().withStatus(500)));
        given().when().get(COMPOSED).then().statusCode(200).body("claims.available", is(false));

        stubClaims(claim("c1").json());

        given().when().get(COMPOSED).then().statusCode(200).body("claims.available", is(true));
    }

    @Test
    void shouldDegradeWhenClaimsServiceIsSlow() {
        stubArticle(article());
        claims.stubFor(get(urlPathEqualTo("/claims/by-article/" + ARTICLE_ID))
                .willReturn(okJson(page()).withFixedDelay(3_000)));

        given().auth().oauth2(TestTokens.reader()).when().get(COMPOSED)
                .then().statusCode(200)
                .body("claims.available", is(false));
    }

    @Test
    void shouldDegradeWhenClaimsServiceDropsTheConnection() {
        stubArticle(article());
        claims.stubFor(get(urlPathEqualTo("/claims/by-article/" + ARTICLE_ID))
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        given().auth().oauth2(TestTokens.reader()).when().get(COMPOSED)
                .then().statusCode(200)
                .body("claims.available", is(false));
    }

    @Test
    void shouldAnswer503WithRetryAfterWhenArticlesServiceFails() {
        articles.stubFor(get(urlPathEqualTo("/articles/" + ARTICLE_ID)).willReturn(aResponse().withStatus(503)));
        stubClaims();

        given().when().get(COMPOSED)
                .then().statusCode(503)
                .header("Retry-After", notNullValue())
                .contentType("application/problem+json")
                .body("detail", containsString("articles-service"));
    }

    @Test
    void shouldAnswer503WhenArticlesServiceIsUnreachable() {
        articles.stubFor(get(urlPathEqualTo("/articles/" + ARTICLE_ID))
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        given().when().get("/api/v1/articles/" + ARTICLE_ID)
                .then().statusCode(503)
                .header("Retry-After", notNullValue())
                .contentType("application/problem+json");
    }

    @Test
    void shouldRetryIdempotentReads() {
        articles.stubFor(get(urlPathEqualTo("/articles/" + ARTICLE_ID)).willReturn(aResponse().withStatus(503)));

        given().when().get("/api/v1/articles/" + ARTICLE_ID).then().statusCode(503);

        articles.verify(3, getRequestedFor(urlEqualTo("/articles/" + ARTICLE_ID)));
    }

    @Test
    void shouldPassDownstreamProblemThrough() {
        articles.stubFor(get(urlPathEqualTo("/articles/nope")).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/problem+json")
                .withBody("{\"type\":\"https://newsroom.example/problems/not-found\","
                        + "\"title\":\"Article not found\",\"status\":404,\"instance\":\"/articles/nope\"}")));

        given().when().get("/api/v1/articles/nope?include=claims")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("title", is("Article not found"))
                .body("instance", is("/api/v1/articles/nope"));
    }

    @Test
    void shouldAnswerNotModifiedForUnchangedComposedArticle() {
        stubArticle(article());
        stubClaims(claim("c1").json());
        String etag = given().auth().oauth2(TestTokens.reader()).when().get(COMPOSED)
                .then().statusCode(200).extract().header("ETag");

        given().auth().oauth2(TestTokens.reader()).header("If-None-Match", etag)
                .when().get(COMPOSED)
                .then().statusCode(304);
    }

    @Test
    void shouldChangeETagWhenAVerdictIsApproved() {
        stubArticle(article());
        stubClaims(claim("c1").proposed("CONFIRMED", "IN_REVIEW", "kari").version(4).json());
        String before = given().auth().oauth2(TestTokens.reader()).when().get(COMPOSED)
                .then().extract().header("ETag");
        stubClaims(claim("c1").status("CONFIRMED").version(5).json());
        cache.invalidate(ARTICLE_ID); // what the approval's event does when the relay receives it

        given().auth().oauth2(TestTokens.reader()).header("If-None-Match", before)
                .when().get(COMPOSED)
                .then().statusCode(200)
                .header("ETag", not(before))
                .body("blocks[0].claims[0].status", is("CONFIRMED"));
    }

    @Test
    void shouldForwardTheBearerToken() {
        stubArticle(article());
        String token = TestTokens.editor();

        given().auth().oauth2(token).when().get("/api/v1/articles/" + ARTICLE_ID).then().statusCode(200);

        articles.verify(getRequestedFor(urlEqualTo("/articles/" + ARTICLE_ID))
                .withHeader("Authorization", equalTo("Bearer " + token)));
    }

    @Test
    void shouldLetAnonymousReadsOfPublishedArticlesBeCachedPublicly() {
        stubArticle(article());

        given().when().get("/api/v1/articles/" + ARTICLE_ID)
                .then().statusCode(200)
                .header("Cache-Control", containsString("public"))
                .header("Cache-Control", containsString("max-age="));
    }

    @Test
    void shouldForbidSharedCachingOfAuthenticatedReads() {
        stubArticle(article());

        given().auth().oauth2(TestTokens.editor()).when().get("/api/v1/articles/" + ARTICLE_ID)
                .then().statusCode(200)
                .header("Cache-Control", is("private, no-store"));
    }

    @Test
    void shouldServeRepeatedAnonymousReadsOfAPublishedArticleFromTheCache() {
        stubArticle(article());
        stubClaims(claim("c1").json());

        given().when().get(COMPOSED).then().statusCode(200);
        given().when().get(COMPOSED).then().statusCode(200).body("claims.count", is(1));

        articles.verify(1, getRequestedFor(urlEqualTo("/articles/" + ARTICLE_ID)));
    }

    @Test
    void shouldShareTheCachedPublicViewBetweenAnonymousCallersAndReaders() {
        stubArticle(article());
        stubClaims(claim("c1").json());

        given().when().get(COMPOSED).then().statusCode(200);
        given().auth().oauth2(TestTokens.reader()).when().get(COMPOSED)
                .then().statusCode(200).body("claims.count", is(1));

        articles.verify(1, getRequestedFor(urlEqualTo("/articles/" + ARTICLE_ID)));
    }

    @Test
    void shouldLetConcurrentMissesWaitForOneDownstreamRead() throws Exception {
        articles.stubFor(get(urlPathEqualTo("/articles/" + ARTICLE_ID))
                .willReturn(okJson(article().json()).withHeader("ETag", article().etag()).withFixedDelay(400)));
        stubClaims(claim("c1").json());
        ExecutorService readers = Executors.newFixedThreadPool(6);
        try {
            Callable<Integer> read = () -> given().when().get(COMPOSED).then().extract().statusCode();
            List<Future<Integer>> statuses = readers.invokeAll(Collections.nCopies(6, read));
            for (Future<Integer> status : statuses) {
                assertEquals(200, status.get());
            }
        } finally {
            readers.shutdown();
        }

        articles.verify(1, getRequestedFor(urlEqualTo("/articles/" + ARTICLE_ID)));
    }

    @Test
    void shouldNeverServeStaffFromTheCache() {
        stubArticle(article());
        stubClaims(claim("c1").json());

        given().when().get(COMPOSED).then().statusCode(200);
        given().auth().oauth2(TestTokens.editor()).when().get(COMPOSED).then().statusCode(200);

        articles.verify(2, getRequestedFor(urlEqualTo("/articles/" + ARTICLE_ID)));
    }

    @Test
    void shouldNeverCacheDrafts() {
        stubArticle(article().status("DRAFT"));

        given().when().get("/api/v1/articles/" + ARTICLE_ID).then().statusCode(200);
        given().when().get("/api/v1/articles/" + ARTICLE_ID).then().statusCode(200);

        articles.verify(2, getRequestedFor(urlEqualTo("/articles/" + ARTICLE_ID)));
    }

    private void stubArticle(TestData.ArticleBuilder article) {
        articles.stubFor(get(urlPathEqualTo("/articles/" + ARTICLE_ID))
                .willReturn(okJson(article.json()).withHeader("ETag", article.etag())));
    }

    private void stubClaims(String... items) {
        claims.stubFor(get(urlPathEqualTo("/claims/by-article/" + ARTICLE_ID)).willReturn(okJson(page(items))));
    }
}
