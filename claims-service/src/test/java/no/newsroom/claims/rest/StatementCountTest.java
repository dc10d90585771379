package no.newsroom.claims.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import no.newsroom.devsupport.testing.RecordedSpans;
import no.newsroom.devsupport.testing.TracingProfile;
import no.newsroom.support.testing.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.UUID;

import static no.newsroom.claims.rest.ClaimRequests.aClaim;
import static no.newsroom.claims.rest.ClaimSteps.addEvidence;
import static no.newsroom.claims.rest.ClaimSteps.approve;
import static no.newsroom.claims.rest.ClaimSteps.create;
import static no.newsroom.claims.rest.ClaimSteps.moveTo;

/**
 * No N+1: every read endpoint runs as many SQL statements for a claim with one quantity and no evidence (or an
 * article with one claim) as for one with many. Counted from the JDBC spans of the request's own trace.
 */
@QuarkusTest
@TestProfile(TracingProfile.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StatementCountTest {

    private static final int MANY = 12;

    @Inject
    RecordedSpans spans;

    private String oneClaimArticle;
    private String manyClaimsArticle;
    private String oneQueuedClaimArticle;
    private String plainClaim;
    private String richClaim;

    /** Once for the class, but only when Quarkus has set the port (it has not yet in a @BeforeAll). */
    @BeforeEach
    void createSmallAndLargeSubjects() {
        if (plainClaim != null) {
            return;
        }
        oneClaimArticle = UUID.randomUUID().toString();
        plainClaim = create(aClaim().onPublishedArticleId(oneClaimArticle));
        addEvidence(plainClaim, true);
        approvedVerdict(plainClaim);

        oneQueuedClaimArticle = UUID.randomUUID().toString();
        create(aClaim().onPublishedArticleId(oneQueuedClaimArticle));

        manyClaimsArticle = UUID.randomUUID().toString();
        richClaim = create(aClaim().onPublishedArticleId(manyClaimsArticle)
                .exact(4, "fly").exactPartOf(3, "helikopter", 0).range(10, 20, "droner"));
        for (int i = 0; i < 4; i++) {
            addEvidence(richClaim, i % 2 == 0);
        }
        approvedVerdict(richClaim);
        for (int i = 1; i < MANY; i++) {
            String claim = create(aClaim().onPublishedArticleId(manyClaimsArticle).exact(i, "fly"));
            addEvidence(claim, true);
        }
    }

    @Test
    void shouldReadAClaimWithAFixedNumberOfStatements() {
        assertSameCount("/claims/" + plainClaim, "/claims/" + richClaim);
    }

    @Test
    void shouldReadAnArticlesClaimsWithAFixedNumberOfStatements() {
        assertSameCount("/claims/by-article/" + oneClaimArticle, "/claims/by-article/" + manyClaimsArticle);
    }

    @Test
    void shouldListClaimsWithAFixedNumberOfStatements() {
        assertSameCount("/claims?limit=20&articleId=" + oneClaimArticle,
                "/claims?limit=20&articleId=" + manyClaimsArticle);
    }

    @Test
    void shouldListTheReviewQueueWithAFixedNumberOfStatements() {
        // One page part per queue section (unverified, then due re-checks): neither page here is full.
        assertSameCount("/review-queue?limit=20&articleId=" + oneQueuedClaimArticle,
                "/review-queue?limit=20&articleId=" + manyClaimsArticle);
    }

    @Test
    void shouldReadTheHistoryWithAFixedNumberOfStatements() {
        assertSameCount("/claims/" + plainClaim + "/history", "/claims/" + richClaim + "/history");
    }

    @Test
    void shouldListEvidenceWithAFixedNumberOfStatements() {
        assertSameCount("/claims/" + plainClaim + "/evidence", "/claims/" + richClaim + "/evidence");
    }

    @Test
    void shouldWriteTheClaimReviewWithAFixedNumberOfStatements() {
        assertSameCount("/claims/" + plainClaim + "/claimreview", "/claims/" + richClaim + "/claimreview");
    }

    private void assertSameCount(String smallPath, String largePath) {
        spans.assertSameStatementCount(TestTokens.editor(), smallPath, largePath);
    }

    private static void approvedVerdict(String claim) {
        moveTo(claim, "IN_REVIEW");
        moveTo(claim, "CONFIRMED");
        approve(claim, TestTokens.secondVerifier()).then().statusCode(200);
    }
}
