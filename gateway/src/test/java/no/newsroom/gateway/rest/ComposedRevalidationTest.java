package no.newsroom.gateway.rest;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import no.newsroom.support.testing.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static no.newsroom.gateway.rest.TestData.ARTICLE_ID;
import static no.newsroom.gateway.rest.TestData.article;
import static no.newsroom.gateway.rest.TestData.claim;
import static no.newsroom.gateway.rest.TestData.page;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * Staff compositions are never served from a cache, but each read revalidates the two answers the last composition
 * for the same article and staff member was made of: the services answer 304 to what is unchanged, and the gateway
 * composes only what changed. These tests play the services' side with WireMock: each stub answers 304 only to its
 * own current ETag, as the services do.
 */
@QuarkusTest
@QuarkusTestResource(DownstreamServices.class)
class ComposedRevalidationTest {

    private static final String COMPOSED = "/api/v1/articles/" + ARTICLE_ID + "?include=claims";
    private static final String ARTICLE_PATH = "/articles/" + ARTICLE_ID;
    private static final String CLAIMS_PATH = "/claims/by-article/" + ARTICLE_ID;

    @DownstreamServices.ArticlesService
    WireMockServer articles;

    @DownstreamServices.ClaimsService
    WireMockServer claims;

    private String articleTag;

    @BeforeEach
    void resetStubs() {
        articles.resetAll();
        claims.resetAll();
        articleTag = "\"" + System.nanoTime() + "\"";
        stubCurrent(articles, ARTICLE_PATH, article().json(), articleTag);
    }

    @Test
    void shouldAnswerTheSameBytesWhenBothServicesSayNothingChanged() {
        String claimsTag = uniqueTag("claims");
        stubCurrent(claims, CLAIMS_PATH, page(claim("c1").json()), claimsTag);

        var first = read(TestTokens.editor());
        var second = read(TestTokens.editor());

        assertArrayEquals(first.asByteArray(), second.asByteArray());
        assertEquals(first.header("ETag"), second.header("ETag"));
        articles.verify(1, getRequestedFor(urlPathEqualTo(ARTICLE_PATH))
                .withHeader("If-None-Match", equalTo(articleTag)));
        claims.verify(1, getRequestedFor(urlPathEqualTo(CLAIMS_PATH))
                .withHeader("If-None-Match", equalTo(claimsTag)));
    }

    @Test
    void shouldComposeAnewWhatChangedAndKeepWhatDidNot() {
        stubCurrent(claims, CLAIMS_PATH, page(claim("c1").json()), uniqueTag("before"));
        String before = read(TestTokens.verifier()).header("ETag");

        claims.resetAll();
        stubCurrent(claims, CLAIMS_PATH, page(claim("c1").status("CONFIRMED").version(5).json()), uniqueTag("after"));

        var after = read(TestTokens.verifier());
        assertNotEquals(before, after.header("ETag"));
        after.response().then().body("title", is("Kyiv")).body("blocks[0].claims[0].status", is("CONFIRMED"));
        articles.verify(1, getRequestedFor(urlPathEqualTo(ARTICLE_PATH))
                .withHeader("If-None-Match", equalTo(articleTag)));
    }

    @Test
    void shouldRevalidateWithItsOwnTagsNotTheCallersIfNoneMatch() {
        String claimsTag = uniqueTag("claims");
        stubCurrent(claims, CLAIMS_PATH, page(claim("c1").json()), claimsTag);
        String composedTag = read(TestTokens.editor()).header("ETag");

        given().auth().oauth2(TestTokens.editor()).header("If-None-Match", composedTag)
                .when().get(COMPOSED)
                .then().statusCode(304);

        articles.verify(1, getRequestedFor(urlPathEqualTo(ARTICLE_PATH))
                .withHeader("If-None-Match", equalTo(articleTag)));
        claims.verify(1, getRequestedFor(urlPathEqualTo(CLAIMS_PATH))
                .withHeader("If-None-Match", equalTo(claimsTag)));
    }

    @Test
    void shouldNotRevalidateOneStaffMembersCompositionForAnother() {
        stubCurrent(claims, CLAIMS_PATH, page(claim("c1").json()), uniqueTag("claims"));
        read(TestTokens.editor());
        String verifier = TestTokens.secondVerifier();

        read(verifier);

        claims.verify(getRequestedFor(urlPathEqualTo(CLAIMS_PATH))
                .withHeader("Authorization", equalTo("Bearer " + verifier))
                .withHeader("If-None-Match", absent()));
    }

    private static ExtractableResponse<Response> read(String token) {
        return given().auth().oauth2(token).when().get(COMPOSED).then().statusCode(200).extract();
    }

    /** 200 with {@code tag}, and 304 to a request that names it, as the services answer. */
    private static void stubCurrent(WireMockServer service, String path, String body, String tag) {
        service.stubFor(get(urlPathEqualTo(path)).atPriority(2).willReturn(okJson(body).withHeader("ETag", tag)));
        service.stubFor(get(urlPathEqualTo(path)).atPriority(1).withHeader("If-None-Match", equalTo(tag))
                .willReturn(aResponse().withStatus(304).withHeader("ETag", tag)));
    }

    private static String uniqueTag(String name) {
        return "\"" + name + "-" + System.nanoTime() + "\"";
    }
}
