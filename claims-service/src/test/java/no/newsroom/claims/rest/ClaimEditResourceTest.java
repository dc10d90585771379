package no.newsroom.claims.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import no.newsroom.support.testing.TestTokens;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static no.newsroom.claims.rest.ClaimSteps.create;
import static no.newsroom.claims.rest.ClaimSteps.etag;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class ClaimEditResourceTest {

    private static final String MERGE_PATCH = "application/merge-patch+json; charset=UTF-8";

    @Test
    void shouldAssignAClaimAndSetItsRecheckDate() {
        String id = create();

        patch(TestTokens.verifier(), id, Map.of("assignee", "kari", "recheckBy", "2022-03-16T08:00:00Z"))
                .then().statusCode(200)
                .header("ETag", "\"1\"")
                .body("assignee", equalTo("kari"))
                .body("recheckBy", equalTo("2022-03-16T08:00:00Z"));
    }

    @Test
    void shouldLetEditorsChangeContent() {
        String id = create();

        patch(TestTokens.editor(), id, Map.of("claimReviewed", "Ukraina skjøt ned fire russiske fly"))
                .then().statusCode(200)
                .body("claimReviewed", equalTo("Ukraina skjøt ned fire russiske fly"))
                .body("claimant", equalTo("Ukrainske myndigheter"));
    }

    @Test
    void shouldClearAnOptionalFieldWithNull() {
        String id = create();
        Map<String, Object> clear = new HashMap<>();
        clear.put("claimant", null);

        patch(TestTokens.editor(), id, clear).then().statusCode(200).body("claimant", nullValue());
    }

    @Test
    void shouldRefuseToChangeWhatAnApprovedVerdictIsAboutUntilTheClaimIsReopened() {
        String id = ClaimSteps.confirmedAndApproved(ClaimRequests.aClaim().onPublishedArticle());

        for (Map<String, Object> change : List.<Map<String, Object>>of(
                Map.of("statement", "Ukraina skjøt ned sju russiske fly"),
                Map.of("claimReviewed", "Ukraina skjøt ned sju russiske fly"),
                Map.of("claimant", "Russlands forsvarsdepartement"),
                Map.of("source", "TASS"),
                Map.of("quantities", List.of(Map.of("value", 7, "qualifier", "EXACT", "unit", "fly"))),
                Map.of("anchor", Map.of("blockId", UUID.randomUUID().toString(), "start", 0, "end", 4,
                        "quote", "Ukra")))) {
            patch(TestTokens.editor(), id, change)
                    .then().statusCode(409)
                    .contentType("application/problem+json")
                    .body("type", equalTo("https://newsroom.example/problems/verdict-locked"))
                    .body("detail", containsString("reopen"))
                    .body("detail", containsString(change.keySet().iterator().next()));
        }
        patch(TestTokens.verifier(), id, Map.of("assignee", "kari", "recheckBy", "2022-04-01T08:00:00Z"))
                .then().statusCode(200).body("assignee", equalTo("kari"));

        given().when().get("/claims/" + id + "/claimreview")
                .then().statusCode(200)
                .body("claimReviewed",
                        equalTo("Ukraina skjøt ned fire russiske fly, blant dem tre helikoptre, det siste døgnet"));

        ClaimSteps.moveTo(id, "IN_REVIEW");
        patch(TestTokens.editor(), id, Map.of("claimReviewed", "Ukraina skjøt ned sju russiske fly"))
                .then().statusCode(200);
        given().when().get("/claims/" + id + "/claimreview").then().statusCode(404);
    }

    @Test
    void shouldRefuseContentEditsWhileAVerdictAwaitsApproval() {
        String id = create();
        ClaimSteps.addEvidence(id, true);
        ClaimSteps.moveTo(id, "IN_REVIEW");
        ClaimSteps.moveTo(id, "CONFIRMED");

        patch(TestTokens.editor(), id, Map.of("statement", "Something else"))
                .then().statusCode(409)
                .body("type", equalTo("https://newsroom.example/problems/verdict-locked"))
                .body("allowed", org.hamcrest.Matchers.contains("IN_REVIEW", "UNVERIFIED"));
    }

    @Test
    void shouldForbidVerifiersToChangeContent() {
        String id = create();

        patch(TestTokens.verifier(), id, Map.of("statement", "Something else"))
                .then().statusCode(403)
                .body("detail", containsString("statement"));
    }

    @Test
    void shouldForbidReadersToEdit() {
        String id = create();

        patch(TestTokens.reader(), id, Map.of("assignee", "rita")).then().statusCode(403);
    }

    @Test
    void shouldRejectAnInconsistentSubCountInAPatch() {
        String id = create(ClaimRequests.aClaim().exact(4, "fly").exactPartOf(3, "helikoptre", 0));

        patch(TestTokens.editor(), id, Map.of("quantities", List.of(
                Map.of("value", 3, "qualifier", "EXACT", "unit", "fly"),
                Map.of("value", 4, "qualifier", "EXACT", "unit", "helikoptre", "partOf", 0))))
                .then().statusCode(422)
                .body("errors[0].field", equalTo("quantities[1].partOf"));
    }

    @Test
    void shouldRejectUnknownOrReadOnlyFields() {
        String id = create();

        patch(TestTokens.editor(), id, Map.of("status", "CONFIRMED"))
                .then().statusCode(400)
                .body("errors[0].field", equalTo("status"));
    }

    @Test
    void shouldRejectAnOverlongClaimReviewed() {
        String id = create();

        patch(TestTokens.editor(), id, Map.of("claimReviewed", "x".repeat(141)))
                .then().statusCode(400)
                .body("errors[0].field", equalTo("claimReviewed"));
    }

    @Test
    void shouldLinkANewerClaimThatSupersedesThisOne() {
        String older = create();
        String newer = create(ClaimRequests.aClaim().exact(7, "fly"));

        patch(TestTokens.verifier(), older, Map.of("supersededBy", newer))
                .then().statusCode(200)
                .body("supersededBy", equalTo(newer));
    }

    @Test
    void shouldRefuseASupersededByThatIsItselfOrUnknown() {
        String id = create();

        patch(TestTokens.verifier(), id, Map.of("supersededBy", id))
                .then().statusCode(422)
                .body("errors[0].field", equalTo("supersededBy"));
        patch(TestTokens.verifier(), id, Map.of("supersededBy", UUID.randomUUID().toString()))
                .then().statusCode(422)
                .body("errors[0].field", equalTo("supersededBy"));
    }

    @Test
    void shouldRequireIfMatchAndRejectStaleVersions() {
        String id = create();
        String stale = etag(id);
        patch(TestTokens.verifier(), id, Map.of("assignee", "kari")).then().statusCode(200);

        given().auth().oauth2(TestTokens.verifier()).contentType(MERGE_PATCH)
                .body(Map.of("assignee", "ola"))
                .when().patch("/claims/" + id)
                .then().statusCode(428);
        given().auth().oauth2(TestTokens.verifier()).contentType(MERGE_PATCH)
                .header("If-Match", stale).body(Map.of("assignee", "ola"))
                .when().patch("/claims/" + id)
                .then().statusCode(412);
    }

    @Test
    void shouldNotCreateAVersionWhenNothingChanges() {
        String id = create();

        patch(TestTokens.editor(), id, Map.of("claimant", "Ukrainske myndigheter"))
                .then().statusCode(200)
                .header("ETag", "\"0\"");
    }

    @Test
    void shouldReanchorAndClearAnchorLost() {
        String id = create();
        String quote = "fire russiske fly";
        Map<String, Object> anchor = Map.of("blockId", UUID.randomUUID().toString(), "start", 10, "end", 27,
                "quote", quote);

        patch(TestTokens.editor(), id, Map.of("anchor", anchor))
                .then().statusCode(200)
                .body("anchor.quote", equalTo(quote))
                .body("anchor.start", equalTo(10))
                .body("anchorLost", equalTo(false));
    }

    static io.restassured.response.Response patch(String token, String id, Map<String, Object> body) {
        RequestSpecification request = given().auth().oauth2(token).contentType(MERGE_PATCH)
                .header("If-Match", etag(id)).body(body);
        return request.when().patch("/claims/" + id);
    }
}
