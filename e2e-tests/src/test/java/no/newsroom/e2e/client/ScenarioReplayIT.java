package no.newsroom.e2e.client;

import no.newsroom.e2e.RunningSuite;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The end-to-end scenarios that speak only the public API run a second time, with every API call going through
 * Stoplight Prism's validating proxy (the demo article, the tour of every operation, claim matching across articles,
 * a webhook delivered across a restart); any request or answer that the committed API document does not describe, or a
 * route it lacks, fails the replay. With {@link StrictClientsIT} (the generated clients' scenario) this covers every
 * scenario a client app plays. Left out, each for a reason of its own: the event-stream tests ({@code EventFeedsIT},
 * {@code AccessControlIT}), because Prism's proxy holds an answer until it ends, which a stream never does;
 * {@code ConcurrentWritesIT} and {@code ServiceFaultsIT}, which call the services directly; the fuzz tests
 * ({@code MalformedInputIT}, {@code MalformedUriIT}), whose requests break the document on purpose; and the editor's
 * browser tests, which load the web app's files, not the API.
 */
class ScenarioReplayIT {

    private static final List<String> SCENARIOS = List.of(
            "no.newsroom.e2e.DemoArticleIT",
            "no.newsroom.e2e.reliability.ApiTourIT",
            "no.newsroom.e2e.reliability.ClaimMatchingIT",
            "no.newsroom.e2e.reliability.WebhookRestartIT");

    private static RunningSuite suite;
    private static PrismProxy prism;

    @BeforeAll
    static void startSuiteBehindPrism() {
        suite = RunningSuite.get();
        prism = PrismProxy.inFrontOf(suite, "prism-scenarios.log");
    }

    @AfterAll
    static void stopPrism() {
        if (prism != null) {
            prism.close();
        }
    }

    @Test
    void shouldReplayThePublicApiScenariosThroughPrismWithoutViolations() {
        int before = prism.violations().size();

        TestExecutionSummary summary = runThroughPrism(SCENARIOS);

        assertEquals(List.of(), summary.getFailures().stream()
                .map(failure -> failure.getTestIdentifier().getDisplayName() + ": " + failure.getException())
                .toList());
        assertTrue(summary.getTestsFoundCount() >= SCENARIOS.size(), "the scenarios were found");
        assertEquals(summary.getTestsFoundCount(), summary.getTestsSucceededCount(), "none skipped or aborted");
        prism.assertNoViolationsSince(before);
    }

    private static TestExecutionSummary runThroughPrism(List<String> classNames) {
        SummaryGeneratingListener listener = new SummaryGeneratingListener();
        suite.routeApiThrough(prism.url());
        try {
            LauncherFactory.create().execute(LauncherDiscoveryRequestBuilder.request()
                    .selectors(classNames.stream().map(DiscoverySelectors::selectClass).toList())
                    .build(), listener);
        } finally {
            suite.routeApiDirect();
        }
        return listener.getSummary();
    }
}
