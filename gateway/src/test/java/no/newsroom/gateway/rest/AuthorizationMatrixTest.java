package no.newsroom.gateway.rest;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import io.smallrye.jwt.build.Jwt;
import no.newsroom.support.auth.Roles;
import no.newsroom.support.rest.Problem;
import no.newsroom.support.testing.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Duration;
import java.util.Set;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static no.newsroom.gateway.rest.TestData.ARTICLE_ID;
import static no.newsroom.gateway.rest.TestData.CLAIM_ID;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every write (and the staff- and admin-only reads) × anonymous, wrong role, right role and admin. */
@QuarkusTest
@QuarkusTestResource(DownstreamServices.class)
class AuthorizationMatrixTest {

    private static final String JSON = "application/json";
    private static final String MERGE_PATCH = "application/merge-patch+json";
    private static final String ARTICLE = "/api/v1/articles/" + ARTICLE_ID;
    private static final String CLAIM = "/api/v1/claims/" + CLAIM_ID;
    private static final String WEBHOOK = "/api/v1/webhooks/7d1e3f5a-9b2c-4d6e-8f0a-1b3c5d7e9f20";
    private static final String OTHER_CLAIM_ID = "5d2b7c8e-0f4a-4b6c-9e1d-3a7f8b2c6e90";

    @DownstreamServices.ArticlesService
    WireMockServer articles;

    @DownstreamServices.ClaimsService
    WireMockServer claims;

    @BeforeEach
    void forgetEarlierRequests() {
        articles.resetAll();
        claims.resetAll();
    }

    static Stream<Endpoint> endpoints() {
        return Stream.of(
                new Endpoint("POST", "/api/v1/articles", JSON, Roles.EDITOR, Roles.VERIFIER),
                new Endpoint("PUT", ARTICLE, JSON, Roles.EDITOR, Roles.READER),
                new Endpoint("PATCH", ARTICLE, MERGE_PATCH, Roles.EDITOR, Roles.VERIFIER),
                new Endpoint("POST", ARTICLE + "/publish", JSON, Roles.EDITOR, Roles.READER),
                new Endpoint("POST", ARTICLE + "/unpublish", JSON, Roles.EDITOR, Roles.VERIFIER),
                new Endpoint("POST", ARTICLE + "/archive", JSON, Roles.EDITOR, Roles.READER),
                new Endpoint("POST", "/api/v1/articles/import?language=nb&title=Kyiv", "text/plain", Roles.EDITOR,
                        Roles.VERIFIER),
                new Endpoint("POST", ARTICLE + "/blocks?position=top", JSON, Roles.EDITOR, Roles.READER),
                new Endpoint("POST", ARTICLE + "/claims:extract", JSON, Roles.EDITOR, Roles.VERIFIER),
                new Endpoint("POST", "/api/v1/claims", JSON, Roles.EDITOR, Roles.VERIFIER),
                new Endpoint("PATCH", CLAIM, MERGE_PATCH, Roles.EDITOR, Roles.READER),
                new Endpoint("POST", CLAIM + "/transitions", JSON, Roles.VERIFIER, Roles.EDITOR),
                new Endpoint("POST", CLAIM + "/approval", JSON, Roles.VERIFIER, Roles.EDITOR),
                new Endpoint("POST", CLAIM + "/withdrawal", JSON, Roles.EDITOR, Roles.READER),
                new Endpoint("POST", CLAIM + "/evidence", JSON, Roles.VERIFIER, Roles.READER),
                new Endpoint("POST", CLAIM + "/evidence/" + OTHER_CLAIM_ID + "/supersession", JSON, Roles.VERIFIER,
                        Roles.EDITOR),
                new Endpoint("DELETE", CLAIM + "/evidence/" + OTHER_CLAIM_ID, JSON, Roles.VERIFIER, Roles.EDITOR),
                new Endpoint("POST", "/api/v1/extractions", JSON, Roles.EDITOR, Roles.READER),
                new Endpoint("GET", "/api/v1/review-queue", JSON, Roles.VERIFIER, Roles.READER),
                new Endpoint("POST", "/api/v1/webhooks", JSON, Roles.ADMIN, Roles.EDITOR),
                new Endpoint("GET", "/api/v1/webhooks", JSON, Roles.ADMIN, Roles.VERIFIER),
                new Endpoint("GET", WEBHOOK, JSON, Roles.ADMIN, Roles.READER),
                new Endpoint("PATCH", WEBHOOK, MERGE_PATCH, Roles.ADMIN, Roles.EDITOR),
                new Endpoint("DELETE", WEBHOOK, JSON, Roles.ADMIN, Roles.VERIFIER),
                new Endpoint("POST", WEBHOOK + "/secret-rotation", JSON, Roles.ADMIN, Roles.EDITOR),
                new Endpoint("GET", WEBHOOK + "/deliveries", JSON, Roles.ADMIN, Roles.EDITOR),
                new Endpoint("POST", WEBHOOK + "/deliveries/" + CLAIM_ID + "/redelivery", JSON, Roles.ADMIN,
                        Roles.VERIFIER),
                new Endpoint("POST", "/api/v1/claims:match", JSON, Roles.VERIFIER, Roles.READER),
                new Endpoint("GET", CLAIM + "/matches", JSON, Roles.EDITOR, Roles.READER),
                new Endpoint("GET", CLAIM + "/timeline", JSON, Roles.VERIFIER, Roles.READER),
                new Endpoint("POST", CLAIM + "/matches/" + OTHER_CLAIM_ID, JSON, Roles.VERIFIER, Roles.READER));
    }

    @ParameterizedTest
    @MethodSource("endpoints")
    void shouldAskAnonymousCallersToAuthenticate(Endpoint endpoint) {
        endpoint.call(given())
                .then().statusCode(401)
                .contentType(Problem.MEDIA_TYPE)
                .header("WWW-Authenticate", is("Bearer"));
    }

    @ParameterizedTest
    @MethodSource("endpoints")
    void shouldRefuseTheWrongRole(Endpoint endpoint) {
        endpoint.call(given().auth().oauth2(TestTokens.token("wanda", endpoint.wrongRole())))
                .then().statusCode(403)
                .contentType(Problem.MEDIA_TYPE)
                .body("status", is(403));
    }

    @ParameterizedTest
    @MethodSource("endpoints")
    void shouldRefuseServiceTokensEverythingButTheEventFeeds(Endpoint endpoint) {
        endpoint.call(given().auth().oauth2(TestTokens.token("newsroom-search-indexer", Roles.SERVICE)))
                .then().statusCode(403)
                .contentType(Problem.MEDIA_TYPE);
    }

    @ParameterizedTest
    @MethodSource("endpoints")
    void shouldRefuseATokenForAnotherAudience(Endpoint endpoint) {
        String otherAudience = Jwt.upn("rolf").issuer(TestTokens.ISSUER).audience("payroll-api")
                .groups(Set.of(endpoint.role())).sign();

        endpoint.call(given().auth().oauth2(otherAudience))
                .then().statusCode(401)
                .contentType(Problem.MEDIA_TYPE);
    }

    @ParameterizedTest
    @MethodSource("endpoints")
    void shouldRefuseATokenWithoutAudience(Endpoint endpoint) {
        String noAudience = Jwt.upn("rolf").issuer(TestTokens.ISSUER).groups(Set.of(endpoint.role())).sign();

        endpoint.call(given().auth().oauth2(noAudience))
                .then().statusCode(401)
                .contentType(Problem.MEDIA_TYPE);
    }

    @ParameterizedTest
    @MethodSource("endpoints")
    void shouldPassTheRightRoleThrough(Endpoint endpoint) throws InterruptedException {
        endpoint.call(given().auth().oauth2(TestTokens.token("rolf", endpoint.role())))
                .then().statusCode(not(anyOf(is(401), is(403))));

        assertPassedThrough(endpoint);
    }

    @ParameterizedTest
    @MethodSource("endpoints")
    void shouldPassAdminsThrough(Endpoint endpoint) throws InterruptedException {
        endpoint.call(given().auth().oauth2(TestTokens.token("ada", Roles.ADMIN)))
                .then().statusCode(not(anyOf(is(401), is(403))));

        assertPassedThrough(endpoint);
    }

    /**
     * Nothing is stubbed: an answer is no imitation of a service then, and reaching a service (which answers 404)
     * is what shows that the gateway let the request through. A loaded machine may log the request a little after
     * the gateway gave up waiting for the answer.
     */
    private void assertPassedThrough(Endpoint endpoint) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (articles.getAllServeEvents().isEmpty() && claims.getAllServeEvents().isEmpty()) {
            assertTrue(System.nanoTime() < deadline, endpoint + " did not reach a service");
            Thread.sleep(50);
        }
    }

    record Endpoint(String method, String path, String contentType, String role, String wrongRole) {

        /** Paths as written: REST Assured would percent-encode the colon of claims:extract. */
        io.restassured.response.Response call(RequestSpecification request) {
            request.urlEncodingEnabled(false);
            RequestSpecification withBody = "GET".equals(method)
                    ? request
                    : request.contentType(contentType).body(contentType.equals("text/plain") ? "Kyiv" : "{}");
            return withBody.header("If-Match", "\"1\"").request(method, path);
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }
}
