package no.newsroom.claims.rest;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import no.newsroom.support.testing.TestTokens;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static no.newsroom.claims.rest.ClaimRequests.aClaim;
import static no.newsroom.claims.rest.ClaimSteps.confirmedAndApproved;
import static no.newsroom.claims.rest.ClaimSteps.create;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The service's own Prometheus metrics, scraped from the management port as Prometheus would. */
@QuarkusTest
class MetricsTest {

    private static final String TRANSITION_TO_REVIEW =
            "claims_workflow_transitions_total{from=\"UNVERIFIED\",to=\"IN_REVIEW\"}";
    private static final String TRANSITION_TO_CONFIRMED =
            "claims_workflow_transitions_total{from=\"IN_REVIEW\",to=\"CONFIRMED\"}";
    private static final String APPROVALS = "claims_workflow_approvals_total{verdict=\"CONFIRMED\"}";
    private static final String TIME_TO_VERDICT = "claims_workflow_time_to_public_verdict_seconds_count";

    @TestHTTPResource(value = "/metrics", management = true)
    URL metrics;

    @Test
    void shouldCountTransitionsApprovalsAndTimeToAPublicVerdict() {
        String before = scrape();

        confirmedAndApproved(aClaim());

        String after = scrape();
        assertEquals(1, sample(after, TRANSITION_TO_REVIEW) - sample(before, TRANSITION_TO_REVIEW));
        assertEquals(1, sample(after, TRANSITION_TO_CONFIRMED) - sample(before, TRANSITION_TO_CONFIRMED));
        assertEquals(1, sample(after, APPROVALS) - sample(before, APPROVALS));
        assertEquals(1, sample(after, TIME_TO_VERDICT) - sample(before, TIME_TO_VERDICT));
        assertTrue(after.contains("claims_workflow_time_to_public_verdict_seconds_bucket{le="),
                "the time to a public verdict is a histogram");
    }

    @Test
    void shouldNotCountARefusedTransition() {
        String id = create();
        String before = scrape();

        ClaimSteps.transition(id, TestTokens.verifier(), "CONFIRMED", "skips the review", null)
                .then().statusCode(409);

        assertEquals(sample(before, "claims_workflow_transitions_total{from=\"UNVERIFIED\",to=\"CONFIRMED\"}"),
                sample(scrape(), "claims_workflow_transitions_total{from=\"UNVERIFIED\",to=\"CONFIRMED\"}"));
    }

    @Test
    void shouldCountAndTimeExtractions() {
        String before = scrape();

        given().auth().oauth2(TestTokens.editor()).contentType(ContentType.JSON)
                .body(Map.of("text", "Ukrainske myndigheter hevder at de har skutt ned fire russiske fly."))
                .when().post("/extractions")
                .then().statusCode(200);

        String after = scrape();
        assertEquals(1, sample(after, "claims_extraction_seconds_count{language=\"nb\"}")
                - sample(before, "claims_extraction_seconds_count{language=\"nb\"}"));
        assertEquals(1, sample(after, "claims_extraction_candidates_total{language=\"nb\"}")
                - sample(before, "claims_extraction_candidates_total{language=\"nb\"}"));
    }

    @Test
    void shouldReportTheOutboxLagUntilTheFeedIsRead() {
        readWholeFeed();
        create();

        String behind = scrape();
        assertEquals(1, sample(behind, "outbox_lag_events"));
        assertTrue(sample(behind, "outbox_lag_seconds") >= 0);

        readWholeFeed();

        String caughtUp = scrape();
        assertEquals(0, sample(caughtUp, "outbox_lag_events"));
        assertEquals(0, sample(caughtUp, "outbox_lag_seconds"));
    }

    @Test
    void shouldServeHttpServerLatencies() {
        given().when().get("/claims").then().statusCode(200);

        assertTrue(sample(scrape(), "http_server_requests_seconds_count{method=\"GET\",outcome=\"SUCCESS\","
                + "status=\"200\",uri=\"/claims\"}") >= 1);
    }

    private static void readWholeFeed() {
        given().auth().oauth2(TestTokens.editor()).queryParam("after", EventResourceTest.lastEventId())
                .when().get("/events").then().statusCode(200);
    }

    private String scrape() {
        return given().when().get(metrics).then().statusCode(200).extract().asString();
    }

    /** The value of the sample whose name and labels are exactly {@code series}, 0 when it is not there yet. */
    private static double sample(String exposition, String series) {
        return exposition.lines()
                .filter(line -> line.startsWith(series + " "))
                .mapToDouble(line -> Double.parseDouble(line.substring(series.length() + 1).split(" ")[0]))
                .findFirst()
                .orElse(0);
    }
}
