package no.newsroom.devsupport.testing;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.Map;

/** Tracing switched on, spans exported within 50 ms to {@link RecordedSpans}. */
public class TracingProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("quarkus.otel.sdk.disabled", "false", "quarkus.otel.bsp.schedule.delay", "50ms");
    }
}
