package no.newsroom.claims.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import no.newsroom.support.testing.TestTokens;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static no.newsroom.claims.rest.ClaimRequests.aClaim;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class ClaimResourceTest {

    @Test
    void shouldCreateUnverifiedClaimWithSubCount() {
        String location = given().auth().oauth2(TestTokens.editor()).contentType(ContentType.JSON)
                .body(aClaim().onPublishedArticle().exact(4, "fly").exactPartOf(3, "helikoptre", 0).build())
                .when().post("/claims")
                .then().statusCode(201)
                .header("Location", containsString("/claims/"))
                .header("ETag", "\"0\"")
                .body("status", equalTo("UNVERIFIED"))
                .body("publicStatus", equalTo("UNVERIFIED"))
                .body("createdBy", equalTo("erik"))
                .extract().header("Location");

        given().when().get(location)
                .then().statusCode(200)
                .body("claimant", equalTo("Ukrainske myndigheter"))
                .body("independentlyConfirmed", equalTo(false))
                .body("quantities", hasSize(2))
                .body("quantities[0].value", equalTo(4))
                .body("quantities[0].low", equalTo(4))
                .body("quantities[0].high", equalTo(4))
                .body("quantities[1].partOf", equalTo(0))
                .body("quantities[1].unit", equalTo("helikoptre"));
    }

    @Test
    void shouldStoreRangeWithoutSingleValue() {
        given().auth().oauth2(TestTokens.editor()).contentType(ContentType.JSON)
                .body(aClaim().range(600, 700, "mennesker").build())
                .when().post("/claims")
                .then().statusCode(201)
                .body("quantities[0].value", nullValue())
                .body("quantities[0].low", equalTo(600))
                .body("quantities[0].high", equalTo(700))
                .body("quantities[0].qualifier", equalTo("RANGE"));
    }

    @Test
    void shouldRejectSubCountAboveItsParentWith422() {
        given().auth().oauth2(TestTokens.editor()).contentType(ContentType.JSON)
                .body(aClaim().exact(3, "fly").exactPartOf(4, "helikoptre", 0).build())
                .when().post("/claims")
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("quantities[1].partOf"))
                .body("detail", containsString("cannot exceed the 3 fly"));
    }

    @Test
    void shouldRejectAnchorWhoseOffsetsDoNotSpanTheQuote() {
        var anchor = java.util.Map.of("blockId", UUID.randomUUID().toString(), "start", 0, "end", 5,
                "quote", "Ukrainske myndigheter");
        given().auth().oauth2(TestTokens.editor()).contentType(ContentType.JSON)
                .body(aClaim().with("anchor", anchor).build())
                .when().post("/claims")
                .then().statusCode(422)
                .body("errors[0].field", equalTo("anchor.quote"));
    }

    @Test
    void shouldRejectInvalidClaimWithFieldErrors() {
        given().auth().oauth2(TestTokens.editor()).contentType(ContentType.JSON)
                .body(aClaim().with("claimReviewed", "x".repeat(141)).with("articleId", null).build())
                .when().post("/claims")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("claimReviewed"))
                .body("errors.field", hasItem("articleId"));
    }

    @Test
    void shouldRejectUnknownQualifier() {
        var quantity = java.util.Map.of("value", 4, "qualifier", "SOMEWHAT");
        given().auth().oauth2(TestTokens.editor()).contentType(ContentType.JSON)
                .body(aClaim().with("quantities", java.util.List.of(quantity)).build())
                .when().post("/claims")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("quantities[0].qualifier"));
    }

    @Test
    void shouldListClaimsOfOneArticle() {
        String articleId = UUID.randomUUID().toString();
        PublishedArticles.publish(articleId);
        for (int i = 0; i < 3; i++) {
            given().auth().oauth2(TestTokens.editor()).contentType(ContentType.JSON)
                    .body(aClaim().with("articleId", articleId).exact(i + 1, "fly").build())
                    .when().post("/claims").then().statusCode(201);
        }

        String cursor = given().queryParam("articleId", articleId).queryParam("limit", 2)
                .when().get("/claims")
                .then().statusCode(200)
                .body("total", equalTo(3))
                .body("items", hasSize(2))
                .body("items.articleId", everyItem(equalTo(articleId)))
                .body("items[0].quantities[0].value", equalTo(1))
                .body("nextCursor", notNullValue())
                .extract().path("nextCursor");

        given().queryParam("articleId", articleId).queryParam("limit", 2).queryParam("cursor", cursor)
                .when().get("/claims")
                .then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].quantities[0].value", equalTo(3))
                .body("nextCursor", nullValue());
    }

    @Test
    void shouldAnswerNotFoundAsProblem() {
        given().when().get("/claims/" + UUID.randomUUID())
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("title", equalTo("Claim not found"));
    }

    @Test
    void shouldForbidReadersToCreateClaims() {
        given().auth().oauth2(TestTokens.reader()).contentType(ContentType.JSON).body(aClaim().build())
                .when().post("/claims")
                .then().statusCode(403);
    }
}
