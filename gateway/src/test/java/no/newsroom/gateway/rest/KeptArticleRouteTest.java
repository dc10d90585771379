package no.newsroom.gateway.rest;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.Header;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import no.newsroom.gateway.service.PublishedArticleCache;
import no.newsroom.support.testing.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static no.newsroom.gateway.rest.TestData.ARTICLE_ID;
import static no.newsroom.gateway.rest.TestData.article;
import static no.newsroom.gateway.rest.TestData.claim;
import static no.newsroom.gateway.rest.TestData.page;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A kept anonymous read is answered by {@link KeptArticleRoute} exactly as the resource answers it: the first read
 * of each pair below misses the cache and goes through the resource, the second is served from what it kept.
 */
@QuarkusTest
@QuarkusTestResource(DownstreamServices.class)
class KeptArticleRouteTest {

    private static final String ARTICLE = "/api/v1/articles/" + ARTICLE_ID;
    private static final String COMPOSED = ARTICLE + "?include=claims";

    @DownstreamServices.ArticlesService
    WireMockServer articles;

    @DownstreamServices.ClaimsService
    WireMockServer claims;

    @Inject
    PublishedArticleCache cache;

    @TestHTTPResource(value = "/", management = true)
    URL management;

    @BeforeEach
    void stubAPublishedArticleWithAClaim() {
        articles.resetAll();
        claims.resetAll();
        cache.invalidate(ARTICLE_ID);
        articles.stubFor(get(urlPathEqualTo("/articles/" + ARTICLE_ID))
                .willReturn(okJson(article().json()).withHeader("ETag", article().etag())));
        claims.stubFor(get(urlPathEqualTo("/claims/by-article/" + ARTICLE_ID))
                .willReturn(okJson(page(claim("c1").json()))));
    }

    @Test
    void shouldAnswerAKeptComposedReadWithTheResourcesStatusHeadersAndBody() {
        var kept = assertSameAnswer(COMPOSED, UnaryOperator.identity());
        assertEquals(200, kept.statusCode());
        assertEquals(1, kept.jsonPath().getInt("claims.count"));
        articles.verify(1, getRequestedFor(urlEqualTo("/articles/" + ARTICLE_ID)));
    }

    @Test
    void shouldAnswerAKeptArticleReadWithTheResourcesStatusHeadersAndBody() {
        var kept = assertSameAnswer(ARTICLE, UnaryOperator.identity());
        assertEquals(200, kept.statusCode());
        assertNotEquals(null, kept.header("ETag"));
    }

    @Test
    void shouldAnswerNotModifiedAsTheResourceDoes() {
        String etag = given().when().get(COMPOSED).then().statusCode(200).extract().header("ETag");
        cache.invalidate(ARTICLE_ID);

        var answers = assertSameAnswer(COMPOSED, request -> request.header("If-None-Match", "\"other\", " + etag));
        assertEquals(304, answers.statusCode());
    }

    @Test
    void shouldAnswerAStaleTagWithTheWholeArticle() {
        var answers = assertSameAnswer(COMPOSED, request -> request.header("If-None-Match", "\"stale\""));
        assertEquals(200, answers.statusCode());
    }

    @Test
    void shouldLeaveAStaffReadToTheResourceEvenWhenThePublicViewIsKept() {
        given().when().get(COMPOSED).then().statusCode(200);

        given().auth().oauth2(TestTokens.editor()).when().get(COMPOSED)
                .then().statusCode(200).header("Cache-Control", "private, no-store");

        articles.verify(2, getRequestedFor(urlEqualTo("/articles/" + ARTICLE_ID)));
    }

    @Test
    void shouldAnswerEveryAcceptAsTheResourceDoes() {
        for (String accept : List.of("application/xml", "application/json;q=0", "text/html, application/*;q=0.5",
                "*/*")) {
            cache.invalidate(ARTICLE_ID);
            assertSameAnswer(COMPOSED, request -> request.accept(accept));
        }
    }

    @Test
    void shouldCountAKeptReadUnderTheResourcesPathTemplate() {
        given().when().get(COMPOSED).then().statusCode(200);
        given().when().get(COMPOSED).then().statusCode(200);

        List<String> serverRequests = given().when().get(management.toString() + "metrics").then().statusCode(200)
                .extract().asString().lines().filter(line -> line.startsWith("http_server_requests")).toList();
        assertTrue(serverRequests.stream().anyMatch(line -> line.contains("uri=\"/api/v1/articles/{id}\"")));
        assertTrue(serverRequests.stream().noneMatch(line -> line.contains(ARTICLE_ID)), serverRequests::toString);
    }

    /** Reads {@code path} twice, through the resource and then from what it kept, and returns the second answer. */
    private static ExtractableResponse<Response> assertSameAnswer(String path,
                                                                  UnaryOperator<RequestSpecification> request) {
        var resource = request.apply(given()).when().get(path).then().extract();
        var kept = request.apply(given()).when().get(path).then().extract();

        assertEquals(resource.statusCode(), kept.statusCode());
        assertEquals(headersOf(resource), headersOf(kept));
        assertArrayEquals(resource.asByteArray(), kept.asByteArray());
        return kept;
    }

    private static Map<String, String> headersOf(ExtractableResponse<Response> answer) {
        Map<String, String> headers = new TreeMap<>();
        for (Header header : answer.headers()) {
            if (!header.getName().equalsIgnoreCase("Date")) {
                headers.merge(header.getName().toLowerCase(Locale.ROOT), header.getValue(), (a, b) -> a + ", " + b);
            }
        }
        return headers;
    }
}
