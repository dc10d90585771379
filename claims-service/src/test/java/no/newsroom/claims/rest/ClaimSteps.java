package no.newsroom.claims.rest;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import no.newsroom.support.testing.TestTokens;

import java.util.HashMap;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static no.newsroom.claims.rest.ClaimRequests.aClaim;

/** Drives a claim through the API the way the desk does, so tests can start from any point of the workflow. */
final class ClaimSteps {

    private ClaimSteps() {
    }

    static String create() {
        return create(aClaim());
    }

    static String create(ClaimRequests request) {
        return given().auth().oauth2(TestTokens.editor()).contentType(ContentType.JSON).body(request.build())
                .when().post("/claims")
                .then().statusCode(201)
                .extract().path("id");
    }

    static String etag(String id) {
        return given().auth().oauth2(TestTokens.editor()).when().get("/claims/" + id)
                .then().statusCode(200).extract().header("ETag");
    }

    static Response transition(String id, String token, String to, String rationale, String reason) {
        Map<String, Object> body = new HashMap<>();
        body.put("to", to);
        body.put("rationale", rationale);
        body.put("reason", reason);
        return given().auth().oauth2(token).contentType(ContentType.JSON).header("If-Match", etag(id)).body(body)
                .when().post("/claims/" + id + "/transitions");
    }

    static void moveTo(String id, String to) {
        transition(id, TestTokens.verifier(), to, "Checked against " + to + " sources", "re-examined")
                .then().statusCode(200);
    }

    static String addEvidence(String id, boolean independent) {
        return given().auth().oauth2(TestTokens.verifier()).contentType(ContentType.JSON)
                .body(Map.of("type", independent ? "INDEPENDENT_REPORT" : "OFFICIAL_STATEMENT",
                        "url", "https://www.reuters.com/world/europe/example",
                        "description", "Reuters confirms the figures", "independent", independent))
                .when().post("/claims/" + id + "/evidence")
                .then().statusCode(201)
                .extract().path("id");
    }

    static void withdraw(String id, String reason) {
        given().auth().oauth2(TestTokens.editor()).contentType(ContentType.JSON).header("If-Match", etag(id))
                .body(Map.of("reason", reason)).when().post("/claims/" + id + "/withdrawal")
                .then().statusCode(200);
    }

    static Response approve(String id, String token) {
        return given().auth().oauth2(token).header("If-Match", etag(id))
                .when().post("/claims/" + id + "/approval");
    }

    /** A claim with an approved CONFIRMED verdict: proposed by vera, approved by viktor. */
    static String confirmedAndApproved(ClaimRequests request) {
        String id = create(request);
        addEvidence(id, true);
        moveTo(id, "IN_REVIEW");
        moveTo(id, "CONFIRMED");
        approve(id, TestTokens.secondVerifier()).then().statusCode(200);
        return id;
    }
}
