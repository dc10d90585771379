package no.newsroom.claims.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import no.newsroom.support.testing.TestTokens;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static no.newsroom.claims.rest.ClaimSteps.addEvidence;
import static no.newsroom.claims.rest.ClaimSteps.create;
import static no.newsroom.claims.rest.ClaimSteps.moveTo;
import static no.newsroom.claims.rest.ClaimSteps.transition;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

@QuarkusTest
class EvidenceResourceTest {

    @Test
    void shouldAddAndListTypedEvidence() {
        String id = create();

        given().auth().oauth2(TestTokens.verifier()).contentType(ContentType.JSON)
                .body(Map.of("type", "OSINT", "url", "https://example.org/geolocated", "description",
                        "Geolocated wreckage", "independent", true))
                .when().post("/claims/" + id + "/evidence")
                .then().statusCode(201)
                .header("Location", containsString("/claims/" + id + "/evidence/"))
                .body("type", equalTo("OSINT"))
                .body("independent", equalTo(true))
                .body("addedBy", equalTo("vera"));

        given().auth().oauth2(TestTokens.editor()).when().get("/claims/" + id + "/evidence")
                .then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].description", equalTo("Geolocated wreckage"));
    }

    @Test
    void shouldRejectEvidenceWithUnknownTypeOrBadUrl() {
        String id = create();

        given().auth().oauth2(TestTokens.verifier()).contentType(ContentType.JSON)
                .body(Map.of("type", "RUMOUR", "description", "heard it", "independent", false))
                .when().post("/claims/" + id + "/evidence")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("type"));
        given().auth().oauth2(TestTokens.verifier()).contentType(ContentType.JSON)
                .body(Map.of("type", "OTHER", "url", "not a url", "description", "x", "independent", false))
                .when().post("/claims/" + id + "/evidence")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("url"));
    }

    @Test
    void shouldKeepReadersAwayFromEvidence() {
        String id = create();

        given().auth().oauth2(TestTokens.reader()).when().get("/claims/" + id + "/evidence").then().statusCode(403);
        given().when().get("/claims/" + id + "/evidence").then().statusCode(401);
    }

    @Test
    void shouldRemoveEvidenceNoVerdictReliedOn() {
        String id = create();
        String evidenceId = addEvidence(id, false);

        given().auth().oauth2(TestTokens.verifier()).when().delete("/claims/" + id + "/evidence/" + evidenceId)
                .then().statusCode(204);

        given().auth().oauth2(TestTokens.verifier()).when().get("/claims/" + id + "/evidence")
                .then().statusCode(200).body("items", hasSize(0));
    }

    @Test
    void shouldRefuseToRemoveEvidenceAVerdictReliedOnButAllowSupersedingIt() {
        String id = create();
        String evidenceId = addEvidence(id, true);
        moveTo(id, "IN_REVIEW");
        moveTo(id, "CONFIRMED");
        moveTo(id, "IN_REVIEW");

        given().auth().oauth2(TestTokens.verifier()).when().delete("/claims/" + id + "/evidence/" + evidenceId)
                .then().statusCode(409)
                .body("detail", containsString("supersession"));
        given().auth().oauth2(TestTokens.verifier()).contentType(ContentType.JSON)
                .body(Map.of("reason", "Newer figures published"))
                .when().post("/claims/" + id + "/evidence/" + evidenceId + "/supersession")
                .then().statusCode(200)
                .body("superseded", equalTo(true))
                .body("reliedOn", equalTo(true))
                .body("supersedeReason", equalTo("Newer figures published"));

        given().auth().oauth2(TestTokens.verifier()).when().get("/claims/" + id + "/evidence")
                .then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].superseded", equalTo(true));
    }

    @Test
    void shouldKeepTheEvidenceOfAProposedVerdictUntilTheClaimIsReopened() {
        String id = create();
        String evidenceId = addEvidence(id, true);
        moveTo(id, "IN_REVIEW");
        moveTo(id, "CONFIRMED");

        given().auth().oauth2(TestTokens.verifier()).contentType(ContentType.JSON)
                .body(Map.of("reason", "Newer figures published"))
                .when().post("/claims/" + id + "/evidence/" + evidenceId + "/supersession")
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("https://newsroom.example/problems/verdict-locked"))
                .body("allowed", contains("IN_REVIEW", "UNVERIFIED"));
        given().auth().oauth2(TestTokens.verifier()).when().delete("/claims/" + id + "/evidence/" + evidenceId)
                .then().statusCode(409)
                .body("type", equalTo("https://newsroom.example/problems/verdict-locked"));
        given().auth().oauth2(TestTokens.verifier()).when().get("/claims/" + id + "/evidence")
                .then().statusCode(200)
                .body("items[0].superseded", equalTo(false));
    }

    @Test
    void shouldNotCountSupersededEvidenceForANewVerdict() {
        String id = create();
        String evidenceId = addEvidence(id, true);
        given().auth().oauth2(TestTokens.verifier()).contentType(ContentType.JSON)
                .body(Map.of("reason", "Source retracted"))
                .when().post("/claims/" + id + "/evidence/" + evidenceId + "/supersession")
                .then().statusCode(200);
        moveTo(id, "IN_REVIEW");

        transition(id, TestTokens.verifier(), "CONFIRMED", "rationale", null).then().statusCode(422);
    }

    @Test
    void shouldAnswer404ForUnknownEvidence() {
        String id = create();

        given().auth().oauth2(TestTokens.verifier()).contentType(ContentType.JSON).body(Map.of("reason", "x"))
                .when().post("/claims/" + id + "/evidence/" + java.util.UUID.randomUUID() + "/supersession")
                .then().statusCode(404)
                .contentType("application/problem+json");
    }
}
