package no.newsroom.claims.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import no.newsroom.support.testing.TestTokens;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static no.newsroom.claims.rest.ClaimRequests.aClaim;
import static org.hamcrest.Matchers.hasItem;

@QuarkusTest
class UnstorableInputTest {

    @Test
    void shouldRejectNulCharacterInANewClaim() {
        given().auth().oauth2(TestTokens.editor()).contentType(ContentType.JSON)
                .body(aClaim().with("claimReviewed", "før \u0000 etter").build())
                .when().post("/claims")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("claimReviewed"));
    }

    @Test
    void shouldRejectNulCharacterInAMergePatch() {
        String id = ClaimSteps.create(aClaim());

        ClaimEditResourceTest.patch(TestTokens.editor(), id, Map.of("claimReviewed", "før \u0000 etter"))
                .then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void shouldRejectAMergePatchThatIsNotAnObject() {
        String id = ClaimSteps.create(aClaim());

        given().auth().oauth2(TestTokens.editor()).contentType("application/merge-patch+json")
                .header("If-Match", "\"0\"").body("null")
                .when().patch("/claims/" + id)
                .then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void shouldRejectBodiesOverTheLimitAsProblem() {
        given().auth().oauth2(TestTokens.editor()).contentType(ContentType.JSON)
                .body("{\"statement\": \"" + "x".repeat(2_500_000) + "\"}")
                .when().post("/claims")
                .then().statusCode(413)
                .contentType("application/problem+json");
    }

    @Test
    void shouldRejectNulCharacterInQueryParameters() {
        given().auth().oauth2(TestTokens.editor()).queryParam("claimant", "a\u0000b")
                .when().get("/claims")
                .then().statusCode(400)
                .contentType("application/problem+json");
    }
}
