package no.newsroom.articles.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import no.newsroom.support.testing.TestTokens;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static no.newsroom.articles.rest.ArticleRequests.anArticle;
import static no.newsroom.articles.rest.Articles.create;
import static no.newsroom.articles.rest.Articles.replace;
import static no.newsroom.articles.rest.Articles.transition;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class RevisionResourceTest {

    @Test
    void shouldStoreRevisionForEverySavedChange() {
        String id = create(anArticle().paragraph("Tekst.")).getString("id");
        transition(id, 0, "publish");

        given().auth().oauth2(TestTokens.editor()).queryParam("limit", 1)
                .when().get("/articles/" + id + "/revisions")
                .then().statusCode(200)
                .body("items.number", contains(1))
                .body("items[0].author", equalTo("erik"))
                .body("items[0].createdAt", notNullValue())
                .body("total", equalTo(2))
                .body("nextCursor", notNullValue());
    }

    @Test
    void shouldReturnFullContentOfOneRevision() {
        JsonPath article = create(anArticle().with("title", "Første versjon").paragraph("Tekst."));
        String id = article.getString("id");
        replace(id, 0, anArticle().with("title", "Andre versjon").keep(article.getString("blocks[0].id"), "Tekst."));

        given().auth().oauth2(TestTokens.editor())
                .when().get("/articles/" + id + "/revisions/1")
                .then().statusCode(200)
                .body("number", equalTo(1))
                .body("content.title", equalTo("Første versjon"))
                .body("content.status", equalTo("DRAFT"))
                .body("content.blocks[0].id", equalTo(article.getString("blocks[0].id")));
    }

    @Test
    void shouldDiffBlocksByIdBetweenRevisions() {
        JsonPath article = create(anArticle().paragraph("A.").paragraph("B.").paragraph("C.").paragraph("D."));
        String id = article.getString("id");
        String a = article.getString("blocks[0].id");
        String b = article.getString("blocks[1].id");
        String c = article.getString("blocks[2].id");
        String d = article.getString("blocks[3].id");
        replace(id, 0, anArticle().keep(b, "B endret.").keep(c, "C.").keep(a, "A.").paragraph("E."));

        JsonPath diff = given().auth().oauth2(TestTokens.editor())
                .when().get("/articles/" + id + "/revisions/1/diff/2")
                .then().statusCode(200)
                .body("blocks.findAll { it.change == 'removed' }.blockId", contains(d))
                .body("blocks.findAll { it.change == 'edited' }.blockId", contains(b))
                .body("blocks.findAll { it.change == 'moved' }.blockId", contains(a))
                .body("blocks.findAll { it.change == 'added' }", hasSize(1))
                .extract().jsonPath();
        org.junit.jupiter.api.Assertions.assertEquals("B.", diff.getString(
                "blocks.find { it.change == 'edited' }.before"));
        org.junit.jupiter.api.Assertions.assertEquals("B endret.", diff.getString(
                "blocks.find { it.change == 'edited' }.after"));
    }

    @Test
    void shouldAnswerMissingRevisionWithProblem() {
        String id = create(anArticle().paragraph("Tekst.")).getString("id");

        given().auth().oauth2(TestTokens.editor())
                .when().get("/articles/" + id + "/revisions/9")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void shouldForbidReadersToSeeRevisions() {
        String id = create(anArticle().paragraph("Tekst.")).getString("id");

        given().auth().oauth2(TestTokens.reader())
                .when().get("/articles/" + id + "/revisions")
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void shouldNotStoreRevisionWhenNothingChanged() {
        JsonPath article = create(anArticle().paragraph("Tekst."));
        String id = article.getString("id");

        JsonPath same = replace(id, 0, anArticle().keep(article.getString("blocks[0].id"), "Tekst."));

        org.junit.jupiter.api.Assertions.assertEquals(0, same.getLong("version"));
        given().auth().oauth2(TestTokens.editor()).when().get("/articles/" + id + "/revisions")
                .then().body("items", hasSize(1));
    }
}
