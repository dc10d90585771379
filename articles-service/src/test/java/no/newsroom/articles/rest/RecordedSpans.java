package no.newsroom.articles.rest;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The spans this service exported, for tests under {@link TracingProfile}: Quarkus exports to every SpanExporter
 * bean, and this one keeps them in memory. A test starts a trace of its own with {@link #traceparent} and reads it
 * back once the request's server span has been exported.
 */
@Singleton
public class RecordedSpans {

    private final InMemorySpanExporter exporter = InMemorySpanExporter.create();

    @Produces
    @Singleton
    InMemorySpanExporter exporter() {
        return exporter;
    }

    static String newTraceId() {
        return HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong())
                + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong());
    }

    /** A W3C trace context header as the gateway sends it: the trace id and the calling span's id. */
    static String traceparent(String traceId, String parentSpanId) {
        return "00-" + traceId + "-" + parentSpanId + "-01";
    }

    /** The trace's spans, once its server span is among them (spans are exported in batches). */
    List<SpanData> trace(String traceId) {
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
    long sqlStatements(String traceId) {
        return trace(traceId).stream().filter(RecordedSpans::isSqlStatement).count();
    }

    static boolean isSqlStatement(SpanData span) {
        return span.getKind() == SpanKind.CLIENT
                && ("postgresql".equals(span.getAttributes().get(AttributeKey.stringKey("db.system")))
                || "postgresql".equals(span.getAttributes().get(AttributeKey.stringKey("db.system.name"))));
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
