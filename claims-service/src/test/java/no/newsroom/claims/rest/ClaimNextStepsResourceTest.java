package no.newsroom.claims.rest;

import io.quarkus.test.junit.QuarkusTest;
import no.newsroom.support.testing.TestTokens;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static no.newsroom.claims.rest.ClaimRequests.aClaim;
import static no.newsroom.claims.rest.ClaimSteps.addEvidence;
import static no.newsroom.claims.rest.ClaimSteps.create;
import static no.newsroom.claims.rest.ClaimSteps.moveTo;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/** Claims tell staff what they may do next, so clients need no copy of the workflow. */
@QuarkusTest
class ClaimNextStepsResourceTest {

    @Test
    void shouldOfferAVerifierTheNextStatusOfANewClaim() {
        String id = create();

        given().auth().oauth2(TestTokens.verifier()).when().get("/claims/" + id)
                .then().statusCode(200)
                .body("allowedTransitions", contains("IN_REVIEW"))
                .body("mayApprove", equalTo(false));
    }

    @Test
    void shouldOfferAnEditorNoWorkflowSteps() {
        String id = create();

        given().auth().oauth2(TestTokens.editor()).when().get("/claims/" + id)
                .then().statusCode(200)
                .body("allowedTransitions", empty())
                .body("mayApprove", equalTo(false));
    }

    @Test
    void shouldLetOnlyAnotherVerifierApproveAProposedVerdict() {
        String id = create();
        addEvidence(id, true);
        moveTo(id, "IN_REVIEW");
        moveTo(id, "CONFIRMED");

        given().auth().oauth2(TestTokens.verifier()).when().get("/claims/" + id)
                .then().statusCode(200)
                .body("allowedTransitions", contains("UNVERIFIED", "IN_REVIEW"))
                .body("mayApprove", equalTo(false));
        given().auth().oauth2(TestTokens.secondVerifier()).when().get("/claims/" + id)
                .then().statusCode(200)
                .body("mayApprove", equalTo(true));
    }

    @Test
    void shouldAnswerATransitionWithTheStepsAfterIt() {
        String id = create();

        ClaimSteps.transition(id, TestTokens.verifier(), "IN_REVIEW", null, null)
                .then().statusCode(200)
                .body("allowedTransitions", contains("CONFIRMED", "PARTLY_CONFIRMED", "FALSE", "MISLEADING",
                        "UNVERIFIABLE"));
    }

    @Test
    void shouldNotTellReadersAnyWorkflowSteps() {
        String id = create(aClaim().onPublishedArticle());

        given().auth().oauth2(TestTokens.reader()).when().get("/claims/" + id)
                .then().statusCode(200)
                .body("status", equalTo("UNVERIFIED"))
                .body("allowedTransitions", nullValue())
                .body("mayApprove", nullValue());
    }
}
