package no.newsroom.claims.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import no.newsroom.support.testing.TestTokens;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static no.newsroom.claims.rest.ClaimEditResourceTest.patch;
import static no.newsroom.claims.rest.ClaimRequests.aClaim;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * Pages of the claim list and the review queue are served from kept answers while the claims are unchanged: these
 * tests show that every change a page shows is seen at once, that a claim whose re-check date passes joins the
 * queue without any write, and that callers who see claims differently never share a page.
 */
@QuarkusTest
class KeptClaimPagesTest {

    @Test
    void shouldAnswerARepeatedListReadWithTheSameBytesAndShowAWorkflowStepAtOnce() {
        String article = UUID.randomUUID().toString();
        String claim = ClaimSteps.create(aClaim().with("articleId", article).exact(4, "fly"));

        var first = list(TestTokens.verifier(), "articleId=" + article);
        var second = list(TestTokens.verifier(), "articleId=" + article);
        assertArrayEquals(first.asByteArray(), second.asByteArray());
        assertEquals("UNVERIFIED", first.jsonPath().getString("items[0].status"));

        ClaimSteps.moveTo(claim, "IN_REVIEW");

        assertEquals("IN_REVIEW", list(TestTokens.verifier(), "articleId=" + article)
                .jsonPath().getString("items[0].status"));
    }

    @Test
    void shouldShowAnEditOfTheQuantitiesAndANewClaimAtOnce() {
        String article = UUID.randomUUID().toString();
        String claim = ClaimSteps.create(aClaim().with("articleId", article).exact(4, "fly"));
        list(TestTokens.editor(), "articleId=" + article);

        patch(TestTokens.editor(), claim, Map.of("quantities",
                List.of(Map.of("value", 5, "qualifier", "EXACT", "unit", "fly"))))
                .then().statusCode(200);
        ClaimSteps.create(aClaim().with("articleId", article));

        var after = list(TestTokens.editor(), "articleId=" + article);
        assertEquals(2, after.jsonPath().getInt("total"));
        assertEquals(5, after.jsonPath().getInt("items[0].quantities[0].value"));
    }

    @Test
    void shouldHideAClaimFromReadersOnceItsArticleIsNoLongerPublished() {
        String article = UUID.randomUUID().toString();
        ClaimSteps.create(aClaim().onPublishedArticleId(article));
        assertEquals(1, list(TestTokens.reader(), "articleId=" + article).jsonPath().getInt("total"));

        PublishedArticles.record(article, "UNPUBLISHED");

        assertEquals(0, list(TestTokens.reader(), "articleId=" + article).jsonPath().getInt("total"));
    }

    @Test
    void shouldNeverShareAPageBetweenCallersWhoSeeTheClaimsDifferently() {
        String article = UUID.randomUUID().toString();
        ClaimSteps.create(aClaim().onPublishedArticleId(article));

        var editor = list(TestTokens.editor(), "articleId=" + article);
        var verifier = list(TestTokens.verifier(), "articleId=" + article);
        var reader = list(TestTokens.reader(), "articleId=" + article);

        assertNotEquals(editor.jsonPath().getList("items[0].allowedTransitions"),
                verifier.jsonPath().getList("items[0].allowedTransitions"));
        assertNull(reader.jsonPath().getList("items[0].allowedTransitions"));
        assertFalse(verifier.jsonPath().getList("items[0].allowedTransitions").isEmpty());
    }

    @Test
    void shouldQueueAClaimOnceItsRecheckDatePassesWithoutAnyWrite() throws InterruptedException {
        String article = UUID.randomUUID().toString();
        String claim = ClaimSteps.create(aClaim().with("articleId", article));
        ClaimSteps.moveTo(claim, "IN_REVIEW");
        Instant recheckBy = Instant.now().plus(Duration.ofMillis(1500));
        patch(TestTokens.verifier(), claim, Map.of("recheckBy", recheckBy.toString())).then().statusCode(200);

        assertEquals(0, queue("articleId=" + article).jsonPath().getInt("total"));
        assertEquals(0, list(TestTokens.verifier(), "recheckDue=true&articleId=" + article)
                .jsonPath().getInt("total"));

        Thread.sleep(Math.max(0, Duration.between(Instant.now(), recheckBy).toMillis()) + 100);

        var queue = queue("articleId=" + article);
        assertEquals(1, queue.jsonPath().getInt("total"));
        assertEquals(claim, queue.jsonPath().getString("items[0].id"));
        assertEquals(claim, list(TestTokens.verifier(), "recheckDue=true&articleId=" + article)
                .jsonPath().getString("items[0].id"));
    }

    @Test
    void shouldShowAQueuedClaimLeavingTheQueueAtOnce() {
        String article = UUID.randomUUID().toString();
        String claim = ClaimSteps.create(aClaim().with("articleId", article));
        assertEquals(1, queue("articleId=" + article).jsonPath().getInt("total"));

        ClaimSteps.moveTo(claim, "IN_REVIEW");

        assertEquals(0, queue("articleId=" + article).jsonPath().getInt("total"));
    }

    private static ExtractableResponse<Response> list(String token, String query) {
        return given().auth().oauth2(token).when().get("/claims?" + query)
                .then().statusCode(200).contentType("application/json").extract();
    }

    private static ExtractableResponse<Response> queue(String query) {
        return given().auth().oauth2(TestTokens.verifier()).when().get("/review-queue?" + query)
                .then().statusCode(200).contentType("application/json").extract();
    }
}
