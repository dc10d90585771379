package no.newsroom.claims.rest;

import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import no.newsroom.devsupport.testing.RecordedSpans;
import no.newsroom.devsupport.testing.TracingProfile;
import no.newsroom.support.testing.TestTokens;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.restassured.RestAssured.given;
import static no.newsroom.claims.rest.ClaimSteps.create;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * With tracing switched on, a request that arrives with the gateway's W3C trace context continues that trace here,
 * down to the SQL statements it runs (the gateway's side is the gateway's TracingTest).
 */
@QuarkusTest
@TestProfile(TracingProfile.class)
class TracingTest {

    private static final String GATEWAY_SPAN_ID = "00f067aa0ba902b7";

    @Inject
    RecordedSpans spans;

    @Test
    void shouldContinueTheGatewaysTraceDownToTheDatabase() {
        String id = create();
        String traceId = RecordedSpans.newTraceId();

        given().auth().oauth2(TestTokens.editor())
                .header("traceparent", RecordedSpans.traceparent(traceId, GATEWAY_SPAN_ID))
                .when().get("/claims/" + id)
                .then().statusCode(200);

        List<SpanData> trace = spans.trace(traceId);
        SpanData server = trace.stream().filter(span -> span.getKind() == SpanKind.SERVER).findFirst().orElseThrow();
        assertEquals(GATEWAY_SPAN_ID, server.getParentSpanId());
        assertTrue(spans.sqlStatements(traceId) > 0, "SQL statements are traced: " + trace);
    }
}
