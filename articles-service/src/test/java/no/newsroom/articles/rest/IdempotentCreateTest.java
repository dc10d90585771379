package no.newsroom.articles.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import no.newsroom.support.testing.TestTokens;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static no.newsroom.articles.rest.ArticleRequests.anArticle;
import static no.newsroom.articles.rest.Articles.create;
import static no.newsroom.articles.rest.Articles.etag;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Safe retries: a client whose create timed out sends it again with the same Idempotency-Key and gets the first
 * answer; exactly one resource exists.
 */
@QuarkusTest
class IdempotentCreateTest {

    private static final String KEY = "Idempotency-Key";

    @Test
    void shouldCreateOneArticleWhenACreateIsRetriedWithTheSameKey() {
        String tag = "retry-" + UUID.randomUUID();
        Map<String, Object> article = anArticle().with("tags", List.of(tag)).paragraph("Flyalarm i Kyiv.").build();
        String key = UUID.randomUUID().toString();
        String firstId = asEditor().header(KEY, key).body(article).when().post("/articles")
                .then().statusCode(201).extract().path("id");

        String retriedId = asEditor().header(KEY, key).body(article).when().post("/articles")
                .then().statusCode(201)
                .header("Idempotent-Replayed", "true")
                .header("ETag", etag(0))
                .header("Location", endsWith("/articles/" + firstId))
                .extract().path("id");

        assertEquals(firstId, retriedId);
        List<String> ids = given().auth().oauth2(TestTokens.editor()).queryParam("tag", tag).when().get("/articles")
                .then().statusCode(200).extract().path("items.id");
        assertEquals(List.of(firstId), ids);
    }

    @Test
    void shouldImportOnceWhenAnImportIsRetriedWithTheSameKey() {
        String key = UUID.randomUUID().toString();
        String firstId = anImport().header(KEY, key).when().post("/articles/import")
                .then().statusCode(201).extract().path("id");

        anImport().header(KEY, key).when().post("/articles/import")
                .then().statusCode(201)
                .header("Idempotent-Replayed", "true")
                .contentType(ContentType.JSON)
                .body("id", equalTo(firstId));
    }

    @Test
    void shouldRefuseAnImportWithTheSameKeyAndAnotherTitleWith422() {
        String key = UUID.randomUUID().toString();
        anImport().header(KEY, key).when().post("/articles/import").then().statusCode(201);

        anImport().header(KEY, key).queryParam("title", "En annen tittel").when().post("/articles/import")
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("https://newsroom.example/problems/idempotency-key-reused"));
    }

    @Test
    void shouldPostALiveUpdateOnceWhenRetriedWithTheSameKey() {
        String id = create(anArticle().paragraph("Gammel oppdatering.")).getString("id");
        Map<String, Object> block = Map.of("type", "PARAGRAPH", "text", "Siste nytt: flyalarm i Kyiv.");
        String key = UUID.randomUUID().toString();
        String firstBlockId = asEditor().header(KEY, key).header("If-Match", etag(0)).body(block)
                .when().post("/articles/" + id + "/blocks")
                .then().statusCode(201).extract().path("id");

        asEditor().header(KEY, key).header("If-Match", etag(0)).body(block)
                .when().post("/articles/" + id + "/blocks")
                .then().statusCode(201)
                .header("Idempotent-Replayed", "true")
                .header("ETag", etag(1))
                .body("id", equalTo(firstBlockId));

        List<String> texts = given().auth().oauth2(TestTokens.editor()).when().get("/articles/" + id)
                .then().statusCode(200).extract().path("blocks.text");
        assertEquals(List.of("Siste nytt: flyalarm i Kyiv.", "Gammel oppdatering."), texts);
    }

    @Test
    void shouldRefuseAnEmptyKeyWith400() {
        asEditor().header(KEY, "\"\"").body(anArticle().build()).when().post("/articles")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://newsroom.example/problems/invalid-idempotency-key"))
                .header("Idempotent-Replayed", nullValue());
    }

    private static RequestSpecification anImport() {
        return given().auth().oauth2(TestTokens.editor()).contentType(ContentType.TEXT.withCharset("UTF-8"))
                .queryParam("language", "nb").queryParam("title", "Flyalarm i hele landet")
                .body("Flyalarm i hele landet\n\nSirenene gikk i natt.\n");
    }

    private static RequestSpecification asEditor() {
        return given().auth().oauth2(TestTokens.editor()).contentType(ContentType.JSON);
    }
}
