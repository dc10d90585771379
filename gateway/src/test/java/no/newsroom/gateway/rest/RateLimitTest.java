package no.newsroom.gateway.rest;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import no.newsroom.support.auth.Roles;
import no.newsroom.support.rest.Problem;
import no.newsroom.support.testing.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
@TestProfile(RateLimitTest.TwoWritesPerClient.class)
@QuarkusTestResource(DownstreamServices.class)
class RateLimitTest {

    @DownstreamServices.ClaimsService
    WireMockServer claims;

    @BeforeEach
    void acceptClaims() {
        claims.resetAll();
        claims.stubFor(post(urlEqualTo("/claims")).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody("{}")));
        claims.stubFor(post(urlEqualTo("/extractions")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("{\"language\":\"nb\",\"candidates\":[]}")));
    }

    @Test
    void shouldAnswer429WithRetryAfterOnceAClientUsedItsWrites() {
        String token = TestTokens.token("eager", Roles.EDITOR);
        createClaim(token).then().statusCode(201);
        createClaim(token).then().statusCode(201);

        createClaim(token)
                .then().statusCode(429)
                .contentType(Problem.MEDIA_TYPE)
                .header("Retry-After", matchesPattern("[1-9][0-9]?|100"))
                .header("RateLimit-Policy", is("\"writes\";q=2;w=200"))
                .header("RateLimit", matchesPattern("\"writes\";r=0;t=(1[0-9]{2}|200)"))
                .body("status", is(429));
    }

    @Test
    void shouldTellAClientItsBudgetOnEveryWrite() {
        String token = TestTokens.token("counting", Roles.EDITOR);

        createClaim(token).then().statusCode(201)
                .header("RateLimit-Policy", is("\"writes\";q=2;w=200"))
                .header("RateLimit", matchesPattern("\"writes\";r=1;t=([1-9][0-9]?|100)"));
    }

    @Test
    void shouldCountExtractionsApartFromWrites() {
        String token = TestTokens.token("extracting", Roles.EDITOR);
        for (int i = 0; i < 3; i++) {
            extract(token).then().statusCode(200).header("RateLimit-Policy", is("\"extractions\";q=3;w=300"));
        }

        extract(token).then().statusCode(429)
                .header("RateLimit", matchesPattern("\"extractions\";r=0;t=(2[0-9]{2}|300)"))
                .header("Retry-After", notNullValue());
        createClaim(token).then().statusCode(201)
                .header("RateLimit", matchesPattern("\"writes\";r=1;t=([1-9][0-9]?|100)"));
    }

    @Test
    void shouldCountEachClientSeparately() {
        String eager = TestTokens.token("hasty", Roles.EDITOR);
        createClaim(eager);
        createClaim(eager);

        createClaim(TestTokens.token("calm", Roles.EDITOR)).then().statusCode(201);
    }

    @Test
    void shouldNeverLimitReads() {
        for (int i = 0; i < 5; i++) {
            given().when().get("/api/v1/claims/" + TestData.CLAIM_ID).then().statusCode(org.hamcrest.Matchers.not(429))
                    .header("RateLimit", nullValue());
        }
    }

    private static io.restassured.response.Response createClaim(String token) {
        return given().auth().oauth2(token).contentType("application/json").body("{}").when().post("/api/v1/claims");
    }

    private static io.restassured.response.Response extract(String token) {
        return given().auth().oauth2(token).contentType("application/json").body("{\"text\":\"Politiet sier at tre "
                + "personer ble skadet.\"}").when().post("/api/v1/extractions");
    }

    public static class TwoWritesPerClient implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "gateway.rate-limit.enabled", "true",
                    "gateway.rate-limit.writes.capacity", "2",
                    "gateway.rate-limit.writes.refill-per-second", "0.01",
                    "gateway.rate-limit.extractions.capacity", "3",
                    "gateway.rate-limit.extractions.refill-per-second", "0.01");
        }
    }
}
