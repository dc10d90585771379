package no.newsroom.devsupport.testing;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The spans a service exported, for tests under {@link TracingProfile}: Quarkus exports to every SpanExporter
 * bean, and this one keeps them in memory. A test starts a trace of its own with {@link #traceparent} and reads it
 * back once the request's server span has been exported. A bean of every service that has this module on its test
 * class path (META-INF/beans.xml).
 */
@Singleton
public class RecordedSpans {

    /** The calling span's id in the traces the tests start, as if the gateway had called. */
    private static final String CALLER_SPAN_ID = "00f067aa0ba902b7";

    private final InMemorySpanExporter exporter = InMemorySpanExporter.create();

    @Produces
    @Singleton
    InMemorySpanExporter exporter() {
        return exporter;
    }

    public static String newTraceId() {
        return HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong())
                + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong());
    }

    /** A W3C trace context header as the gateway sends it: the trace id and the calling span's id. */
    public static String traceparent(String traceId, String parentSpanId) {
        return "00-" + traceId + "-" + parentSpanId + "-01";
    }

    /** The trace's spans, once its server span is among them (spans are exported in batches). */
    public List<SpanData> trace(String traceId) {
        for (int attempt = 0; attempt < 100; attempt++) {
            List<SpanData> trace = exporter.getFinishedSpanItems().stream()
                    .filter(span -> span.getTraceId().equals(traceId))
                    .toList();
            if (trace.stream().anyMatch(span -> span.getKind() == SpanKind.SERVER)) {
                return trace;
            }
            sleep();
        }
        throw new AssertionError("no server span exported for trace " + traceId);
    }

    /** How many SQL statements the trace's request ran: one JDBC client span each. */
    public long sqlStatements(String traceId) {
        return trace(traceId).stream().filter(RecordedSpans::isSqlStatement).count();
    }

    /** The text of each SQL statement the trace's request ran, in the order they started. */
    public List<String> sqlTexts(String traceId) {
        return trace(traceId).stream()
                .filter(RecordedSpans::isSqlStatement)
                .sorted(Comparator.comparingLong(SpanData::getStartEpochNanos))
                .map(RecordedSpans::sqlText)
                .toList();
    }

    /** A GET with the bearer token that starts a trace of its own and answers 200; returns the trace's id. */
    public String tracedGet(String bearerToken, String path) {
        String traceId = newTraceId();
        given().auth().oauth2(bearerToken)
                .header("traceparent", traceparent(traceId, CALLER_SPAN_ID))
                .when().get(path)
                .then().statusCode(200);
        return traceId;
    }

    /**
     * No N+1: a GET of the large subject (a thing with many parts, or a page of many) runs as many SQL statements as
     * one of the small subject.
     */
    public void assertSameStatementCount(String bearerToken, String smallPath, String largePath) {
        long forSmall = sqlStatements(tracedGet(bearerToken, smallPath));
        long forLarge = sqlStatements(tracedGet(bearerToken, largePath));
        assertTrue(forSmall > 0, "the request's SQL statements are traced");
        assertEquals(forSmall, forLarge,
                largePath + " runs " + forLarge + " statements, " + smallPath + " " + forSmall);
    }

    static boolean isSqlStatement(SpanData span) {
        return span.getKind() == SpanKind.CLIENT
                && "postgresql".equals(attribute(span, "db.system.name", "db.system"));
    }

    private static String sqlText(SpanData span) {
        return attribute(span, "db.query.text", "db.statement");
    }

    /** The attribute under its current semantic-conventions name, else under its older one. */
    private static String attribute(SpanData span, String name, String olderName) {
        String value = span.getAttributes().get(AttributeKey.stringKey(name));
        return value != null ? value : span.getAttributes().get(AttributeKey.stringKey(olderName));
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting for spans", e);
        }
    }
}
