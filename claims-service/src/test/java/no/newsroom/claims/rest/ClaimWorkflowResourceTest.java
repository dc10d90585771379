package no.newsroom.claims.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import no.newsroom.support.auth.Roles;
import no.newsroom.support.testing.TestTokens;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static no.newsroom.claims.rest.ClaimRequests.aClaim;
import static no.newsroom.claims.rest.ClaimSteps.addEvidence;
import static no.newsroom.claims.rest.ClaimSteps.approve;
import static no.newsroom.claims.rest.ClaimSteps.create;
import static no.newsroom.claims.rest.ClaimSteps.etag;
import static no.newsroom.claims.rest.ClaimSteps.moveTo;
import static no.newsroom.claims.rest.ClaimSteps.transition;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class ClaimWorkflowResourceTest {

    @Test
    void shouldStartAReview() {
        String id = create();

        transition(id, TestTokens.verifier(), "IN_REVIEW", null, null)
                .then().statusCode(200)
                .header("ETag", "\"1\"")
                .body("status", equalTo("IN_REVIEW"))
                .body("publicStatus", equalTo("IN_REVIEW"));
    }

    @Test
    void shouldRefuseASkippedStepWith409NamingTheAllowedTargets() {
        String id = create();

        transition(id, TestTokens.verifier(), "CONFIRMED", "rationale", null)
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("allowed", contains("IN_REVIEW"))
                .body("detail", containsString("[IN_REVIEW]"));
    }

    @Test
    void shouldRefuseAVerdictWithoutRationaleWith422() {
        String id = create();
        addEvidence(id, true);
        moveTo(id, "IN_REVIEW");

        transition(id, TestTokens.verifier(), "CONFIRMED", " ", null)
                .then().statusCode(422)
                .body("errors[0].field", equalTo("rationale"));
    }

    @Test
    void shouldRefuseToConfirmWithoutIndependentEvidence() {
        String id = create();
        addEvidence(id, false);
        moveTo(id, "IN_REVIEW");

        transition(id, TestTokens.verifier(), "CONFIRMED", "Official statement", null)
                .then().statusCode(422)
                .body("errors[0].field", equalTo("evidence"))
                .body("detail", containsString("independent"));
    }

    @Test
    void shouldRefuseToCallAClaimFalseWithoutEvidence() {
        String id = create();
        moveTo(id, "IN_REVIEW");

        transition(id, TestTokens.verifier(), "FALSE", "It did not happen", null)
                .then().statusCode(422)
                .body("errors[0].field", equalTo("evidence"));
    }

    @Test
    void shouldKeepShowingReadersThePreviousStatusUntilASecondVerifierApproves() {
        String id = create(aClaim().onPublishedArticle());
        addEvidence(id, true);
        moveTo(id, "IN_REVIEW");

        transition(id, TestTokens.verifier(), "CONFIRMED", "Reuters and satellite images", null)
                .then().statusCode(200)
                .body("status", equalTo("CONFIRMED"))
                .body("pendingApproval", equalTo(true))
                .body("proposedBy", equalTo("vera"));
        given().when().get("/claims/" + id)
                .then().statusCode(200)
                .body("status", equalTo("IN_REVIEW"))
                .body("publicStatus", equalTo("IN_REVIEW"))
                .body("verdictRationale", nullValue());

        approve(id, TestTokens.secondVerifier())
                .then().statusCode(200)
                .body("publicStatus", equalTo("CONFIRMED"))
                .body("pendingApproval", equalTo(false))
                .body("approvedBy", equalTo("viktor"));
        given().when().get("/claims/" + id)
                .then().statusCode(200)
                .body("status", equalTo("CONFIRMED"))
                .body("verdictRationale", equalTo("Reuters and satellite images"))
                .body("approvedAt", notNullValue());
    }

    @Test
    void shouldForbidTheProposerToApproveTheirOwnVerdict() {
        String id = create();
        addEvidence(id, true);
        moveTo(id, "IN_REVIEW");
        moveTo(id, "CONFIRMED");

        approve(id, TestTokens.verifier())
                .then().statusCode(403)
                .contentType("application/problem+json")
                .body("type", containsString("four-eyes"));
    }

    @Test
    void shouldForbidTheProposerToApproveUnderAnotherDisplayName() {
        String id = create();
        addEvidence(id, true);
        moveTo(id, "IN_REVIEW");
        moveTo(id, "CONFIRMED");

        approve(id, TestTokens.token("Vera B.", "vera-subject", Roles.VERIFIER))
                .then().statusCode(403)
                .body("type", containsString("four-eyes"));
    }

    @Test
    void shouldLetAnotherVerifierWithTheSameDisplayNameApprove() {
        String id = create();
        addEvidence(id, true);
        moveTo(id, "IN_REVIEW");
        moveTo(id, "CONFIRMED");

        approve(id, TestTokens.token("vera", "another-vera-subject", Roles.VERIFIER))
                .then().statusCode(200)
                .body("publicStatus", equalTo("CONFIRMED"));
    }

    @Test
    void shouldRefuseApprovalWhenNoVerdictIsPending() {
        String id = create();

        approve(id, TestTokens.secondVerifier()).then().statusCode(409);
    }

    @Test
    void shouldForbidEditorsToMoveOrApproveClaims() {
        String id = create();

        transition(id, TestTokens.editor(), "IN_REVIEW", null, null).then().statusCode(403);
        approve(id, TestTokens.editor()).then().statusCode(403);
    }

    @Test
    void shouldLetAnAdminMoveClaims() {
        String id = create();

        transition(id, TestTokens.admin(), "IN_REVIEW", null, null).then().statusCode(200);
    }

    @Test
    void shouldReopenAnApprovedVerdictOnlyWithAReason() {
        String id = ClaimSteps.confirmedAndApproved(ClaimRequests.aClaim());

        transition(id, TestTokens.verifier(), "IN_REVIEW", null, null)
                .then().statusCode(422)
                .body("errors[0].field", equalTo("reason"));
        transition(id, TestTokens.verifier(), "IN_REVIEW", null, "New footage contradicts the figures")
                .then().statusCode(200)
                .body("status", equalTo("IN_REVIEW"))
                .body("publicStatus", equalTo("IN_REVIEW"));
    }

    @Test
    void shouldReopenAVerdictBackToUnverified() {
        String id = ClaimSteps.confirmedAndApproved(ClaimRequests.aClaim());

        transition(id, TestTokens.verifier(), "UNVERIFIED", null, "Wrong claim was checked")
                .then().statusCode(200)
                .body("status", equalTo("UNVERIFIED"));
        transition(id, TestTokens.verifier(), "CONFIRMED", "again", null)
                .then().statusCode(409)
                .body("allowed", contains("IN_REVIEW"));
    }

    @Test
    void shouldRequireIfMatchForTransitions() {
        String id = create();

        given().auth().oauth2(TestTokens.verifier()).contentType(ContentType.JSON).body(Map.of("to", "IN_REVIEW"))
                .when().post("/claims/" + id + "/transitions")
                .then().statusCode(428)
                .contentType("application/problem+json");
    }

    @Test
    void shouldRefuseAStaleIfMatchWith412() {
        String id = create();
        String stale = etag(id);
        moveTo(id, "IN_REVIEW");

        given().auth().oauth2(TestTokens.verifier()).contentType(ContentType.JSON).header("If-Match", stale)
                .body(Map.of("to", "UNVERIFIABLE", "rationale", "no sources"))
                .when().post("/claims/" + id + "/transitions")
                .then().statusCode(412);
    }

    @Test
    void shouldRejectAnUnknownTargetStatusWith400() {
        String id = create();

        given().auth().oauth2(TestTokens.verifier()).contentType(ContentType.JSON).header("If-Match", etag(id))
                .body(Map.of("to", "MAYBE"))
                .when().post("/claims/" + id + "/transitions")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("to"));
    }

    @Test
    void shouldWithdrawWithAReasonAndKeepTheClaimReadable() {
        String id = create(aClaim().onPublishedArticle());

        given().auth().oauth2(TestTokens.editor()).contentType(ContentType.JSON).header("If-Match", etag(id))
                .body(Map.of()).when().post("/claims/" + id + "/withdrawal")
                .then().statusCode(422)
                .body("errors[0].field", equalTo("reason"));
        given().auth().oauth2(TestTokens.editor()).contentType(ContentType.JSON).header("If-Match", etag(id))
                .body(Map.of("reason", "Registered twice")).when().post("/claims/" + id + "/withdrawal")
                .then().statusCode(200)
                .body("withdrawalReason", equalTo("Registered twice"))
                .body("withdrawnAt", notNullValue());

        given().when().get("/claims/" + id).then().statusCode(200).body("withdrawnAt", notNullValue());
        transition(id, TestTokens.verifier(), "IN_REVIEW", null, null)
                .then().statusCode(409)
                .body("allowed.size()", equalTo(0));
        given().auth().oauth2(TestTokens.editor()).contentType(ContentType.JSON).header("If-Match", etag(id))
                .body(Map.of("reason", "again")).when().post("/claims/" + id + "/withdrawal")
                .then().statusCode(409);
    }
}
