package no.newsroom.gateway.rest;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import no.newsroom.support.auth.Roles;
import no.newsroom.support.testing.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A batch client that paces itself by the budget the gateway announces is never refused. */
@QuarkusTest
@TestProfile(ExtractionPacingTest.DocumentedBudgets.class)
@QuarkusTestResource(DownstreamServices.class)
class ExtractionPacingTest {

    private static final int CALLS = 200;
    private static final Pattern POLICY = Pattern.compile("\"extractions\";q=(\\d+);w=(\\d+)");

    @DownstreamServices.ClaimsService
    WireMockServer claims;

    @BeforeEach
    void answerExtractions() {
        claims.resetAll();
        claims.stubFor(post(urlEqualTo("/extractions")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("{\"language\":\"nb\",\"candidates\":[]}")));
    }

    @Test
    void shouldAnswerEveryExtractionOfAClientPacedAtTheAnnouncedBudget() {
        // Given: the pace announced on a first call (which may meet a cold downstream, but is never refused)
        String token = TestTokens.token("batch-importer", Roles.EDITOR);
        Response probe = extract(token);
        assertNotEquals(429, probe.statusCode());
        Matcher policy = POLICY.matcher(probe.header("RateLimit-Policy"));
        assertTrue(policy.matches(), probe.header("RateLimit-Policy"));
        long nanosBetweenCalls = Long.parseLong(policy.group(2)) * 1_000_000_000L / Long.parseLong(policy.group(1));

        // When: 200 calls in a row at that pace
        List<Integer> statuses = new ArrayList<>();
        long next = System.nanoTime();
        while (statuses.size() < CALLS) {
            next += nanosBetweenCalls;
            LockSupport.parkNanos(next - System.nanoTime());
            Response response = extract(token);
            assertTrue(response.header("RateLimit").startsWith("\"extractions\";r="), response.header("RateLimit"));
            statuses.add(response.statusCode());
        }

        // Then
        assertEquals(CALLS, statuses.stream().filter(status -> status == 200).count(), statuses::toString);
    }

    private static Response extract(String token) {
        return given().auth().oauth2(token).contentType("application/json")
                .body("{\"text\":\"Politiet sier at tre personer ble skadet.\"}").when().post("/api/v1/extractions");
    }

    /** The limits as configured for production, switched on. */
    public static class DocumentedBudgets implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("gateway.rate-limit.enabled", "true");
        }
    }
}
