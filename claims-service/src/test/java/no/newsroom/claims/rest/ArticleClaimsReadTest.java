package no.newsroom.claims.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import no.newsroom.support.testing.TestTokens;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static no.newsroom.claims.rest.ClaimEditResourceTest.patch;
import static no.newsroom.claims.rest.ClaimRequests.aClaim;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * The claims of an article are served from a kept answer while they are unchanged: these tests show that the kept
 * answer is byte for byte the written one, that every change that shows in the answer is seen at once, that callers
 * who see the claims differently never share an answer, and that If-None-Match is honoured.
 */
@QuarkusTest
class ArticleClaimsReadTest {

    @Test
    void shouldAnswerARepeatedReadWithTheSameBytesAndETag() {
        String article = UUID.randomUUID().toString();
        ClaimSteps.create(aClaim().with("articleId", article).exact(4, "fly"));
        ClaimSteps.create(aClaim().with("articleId", article).exact(3, "helikoptre"));

        var first = read(TestTokens.editor(), article);
        var second = read(TestTokens.editor(), article);

        assertArrayEquals(first.asByteArray(), second.asByteArray());
        assertEquals(first.header("ETag"), second.header("ETag"));
        assertEquals(2, first.jsonPath().getList("items").size());
    }

    @Test
    void shouldShowAnEditOfAClaimOrItsQuantitiesAtOnce() {
        String article = UUID.randomUUID().toString();
        String claim = ClaimSteps.create(aClaim().with("articleId", article).exact(4, "fly"));
        String before = read(TestTokens.editor(), article).header("ETag");

        patch(TestTokens.editor(), claim, Map.of("quantities",
                List.of(Map.of("value", 5, "qualifier", "EXACT", "unit", "fly"))))
                .then().statusCode(200);

        var after = read(TestTokens.editor(), article);
        assertNotEquals(before, after.header("ETag"));
        assertEquals(5, after.jsonPath().getInt("items[0].quantities[0].value"));
    }

    @Test
    void shouldShowANewClaimAndAWorkflowStepAtOnce() {
        String article = UUID.randomUUID().toString();
        String claim = ClaimSteps.create(aClaim().with("articleId", article));
        read(TestTokens.verifier(), article);

        ClaimSteps.create(aClaim().with("articleId", article));
        ClaimSteps.moveTo(claim, "IN_REVIEW");

        given().auth().oauth2(TestTokens.verifier()).when().get("/claims/by-article/" + article)
                .then().statusCode(200)
                .body("items", hasSize(2))
                .body("items.find { it.id == '" + claim + "' }.status", equalTo("IN_REVIEW"));
    }

    @Test
    void shouldShowAChangeOfAClaimThatSupersedesOneOfTheArticle() {
        String article = UUID.randomUUID().toString();
        String older = ClaimSteps.create(aClaim().with("articleId", article).exact(4, "fly"));
        String newer = ClaimSteps.create(aClaim().exact(7, "fly"));
        patch(TestTokens.verifier(), older, Map.of("supersededBy", newer)).then().statusCode(200);
        String before = read(TestTokens.editor(), article).header("ETag");

        ClaimSteps.withdraw(newer, "Retracted by the ministry");

        var after = read(TestTokens.editor(), article);
        assertNotEquals(before, after.header("ETag"));
        after.response().then().body("items[0].newerFigure", nullValue());
    }

    @Test
    void shouldNeverShareAnAnswerBetweenCallersWhoSeeTheClaimsDifferently() {
        String article = UUID.randomUUID().toString();
        ClaimSteps.create(aClaim().onPublishedArticleId(article));

        var editor = read(TestTokens.editor(), article);
        var verifier = read(TestTokens.verifier(), article);
        var reader = read(TestTokens.reader(), article);

        assertNotEquals(editor.header("ETag"), verifier.header("ETag"));
        assertNotEquals(verifier.header("ETag"), reader.header("ETag"));
        assertNotEquals(editor.jsonPath().getList("items[0].allowedTransitions"),
                verifier.jsonPath().getList("items[0].allowedTransitions"));
        reader.response().then().body("items[0].allowedTransitions", nullValue())
                .body("items[0].assignee", nullValue());
        given().auth().oauth2(TestTokens.reader()).header("If-None-Match", verifier.header("ETag"))
                .when().get("/claims/by-article/" + article)
                .then().statusCode(200);
    }

    @Test
    void shouldAnswerNotModifiedToTheCurrentETagOnly() {
        String article = UUID.randomUUID().toString();
        String claim = ClaimSteps.create(aClaim().with("articleId", article));
        String tag = read(TestTokens.editor(), article).header("ETag");

        given().auth().oauth2(TestTokens.editor()).header("If-None-Match", tag)
                .when().get("/claims/by-article/" + article)
                .then().statusCode(304).header("ETag", tag);

        ClaimSteps.moveTo(claim, "IN_REVIEW");

        given().auth().oauth2(TestTokens.editor()).header("If-None-Match", tag)
                .when().get("/claims/by-article/" + article)
                .then().statusCode(200).body("items[0].status", equalTo("IN_REVIEW"));
    }

    private static ExtractableResponse<Response> read(String token, String article) {
        return given().auth().oauth2(token).when().get("/claims/by-article/" + article)
                .then().statusCode(200).extract();
    }
}
