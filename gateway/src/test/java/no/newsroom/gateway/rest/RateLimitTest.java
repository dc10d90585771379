package no.newsroom.gateway.rest;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import no.newsroom.support.rest.Problem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;

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
    }

    @Test
    void shouldAnswer429WithRetryAfterOnceAClientUsedItsWrites() {
        String token = TestTokens.token("eager", Roles.EDITOR);
        createClaim(token).then().statusCode(201);
        createClaim(token).then().statusCode(201);

        createClaim(token)
                .then().statusCode(429)
                .contentType(Problem.MEDIA_TYPE)
                .header("Retry-After", notNullValue())
                .body("status", is(429));
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
            given().when().get("/api/v1/claims/" + TestData.CLAIM_ID).then().statusCode(org.hamcrest.Matchers.not(429));
        }
    }

    private static io.restassured.response.Response createClaim(String token) {
        return given().auth().oauth2(token).contentType("application/json").body("{}").when().post("/api/v1/claims");
    }

    public static class TwoWritesPerClient implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "gateway.rate-limit.enabled", "true",
                    "gateway.rate-limit.capacity", "2",
                    "gateway.rate-limit.refill-per-second", "0.01");
        }
    }
}
