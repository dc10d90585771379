package no.newsroom.gateway.rest;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import no.newsroom.support.testing.TestTokens;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static no.newsroom.gateway.rest.TestData.ARTICLE_ID;
import static no.newsroom.gateway.rest.TestData.article;
import static no.newsroom.gateway.rest.TestData.claim;
import static no.newsroom.gateway.rest.TestData.page;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * With tracing switched on, the gateway continues its caller's W3C trace and hands it on to both services, each
 * call as a child span of its own: one trace across the suite (the services' side is claims-service's TracingTest).
 */
@QuarkusTest
@QuarkusTestResource(DownstreamServices.class)
@TestProfile(TracingTest.TracingOn.class)
class TracingTest {

    private static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";
    private static final String CALLER_SPAN_ID = "00f067aa0ba902b7";

    @DownstreamServices.ArticlesService
    WireMockServer articles;

    @DownstreamServices.ClaimsService
    WireMockServer claims;

    @Test
    void shouldPassTheTraceToBothServicesOfAComposedRead() {
        var stored = article();
        articles.stubFor(get(urlPathEqualTo("/articles/" + ARTICLE_ID))
                .willReturn(okJson(stored.json()).withHeader("ETag", stored.etag())));
        claims.stubFor(get(urlPathEqualTo("/claims/by-article/" + ARTICLE_ID))
                .willReturn(okJson(page(claim("c1").json()))));

        given().auth().oauth2(TestTokens.editor())
                .header("traceparent", "00-" + TRACE_ID + "-" + CALLER_SPAN_ID + "-01")
                .when().get("/api/v1/articles/" + ARTICLE_ID + "?include=claims")
                .then().statusCode(200);

        assertContinuesTheTrace(articles.findAll(getRequestedFor(urlPathEqualTo("/articles/" + ARTICLE_ID))));
        assertContinuesTheTrace(claims.findAll(getRequestedFor(urlPathEqualTo("/claims/by-article/" + ARTICLE_ID))));
    }

    private static void assertContinuesTheTrace(List<LoggedRequest> requests) {
        assertEquals(1, requests.size());
        String[] traceparent = requests.get(0).getHeader("traceparent").split("-");
        assertEquals(TRACE_ID, traceparent[1], "the caller's trace id");
        assertTrue(traceparent[2].matches("[0-9a-f]{16}"), "a span id of the gateway's own");
        assertNotEquals(CALLER_SPAN_ID, traceparent[2], "the gateway's span, not its caller's");
    }

    public static class TracingOn implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.otel.sdk.disabled", "false");
        }
    }
}
