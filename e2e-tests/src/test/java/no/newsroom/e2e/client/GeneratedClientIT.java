package no.newsroom.e2e.client;

import no.newsroom.e2e.RunningSuite;
import no.newsroom.e2e.RunningSuite.Service;
import no.newsroom.e2e.client.generated.ApiException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The committed API document is what client apps build against. A Java client generated from it, and nothing
 * else, drives a claim from an imported article through review and four-eyes approval on the three real services,
 * so a document that drifts from the running API fails here. {@link StrictClientsIT} replays the same scenario
 * through a validating proxy.
 */
class GeneratedClientIT {

    private static RunningSuite suite;

    @BeforeAll
    static void startSuite() {
        suite = RunningSuite.get();
        suite.awaitClaimsAvailable(suite.demoArticleId());
    }

    @Test
    void shouldTakeAnImportedArticlesClaimThroughReviewAndApprovalWithTheGeneratedClient() throws ApiException {
        new JavaClientScenario(suite, suite.url(Service.GATEWAY)).run();
    }
}
