package no.newsroom.articles.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import no.newsroom.support.testing.TestTokens;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static no.newsroom.articles.rest.ArticleRequests.anArticle;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
class ArticleResourceTest {

    @Test
    void shouldCreateDraftWithBlockIdsLocationAndETag() {
        String location = given().auth().oauth2(TestTokens.editor()).contentType(ContentType.JSON)
                .body(anArticle().with("title", "Nato sier nei til flyforbudssone")
                        .paragraph("Nato har flere ganger sagt nei.")
                        .image("Zelenskyj i en videotale.", "Foto: AP").build())
                .when().post("/articles")
                .then().statusCode(201)
                .header("ETag", "\"0\"")
                .header("Location", containsString("/articles/"))
                .body("status", equalTo("DRAFT"))
                .body("slug", equalTo("nato-sier-nei-til-flyforbudssone"))
                .body("blocks", hasSize(2))
                .body("blocks[0].id", notNullValue())
                .body("blocks[1].credit", equalTo("Foto: AP"))
                .extract().header("Location");

        given().auth().oauth2(TestTokens.editor())
                .when().get(location)
                .then().statusCode(200)
                .body("title", equalTo("Nato sier nei til flyforbudssone"))
                .body("blocks[0].text", equalTo("Nato har flere ganger sagt nei."));
    }

    @Test
    void shouldHideDraftsFromAnonymousReaders() {
        String id = createArticle("Et utkast ingen skal se");

        given().when().get("/articles/" + id)
                .then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void shouldShowPublishedArticleToAnonymousReaderBySlug() {
        String id = createArticle("Publisert sak om Mariupol");
        publish(id, 0);

        given().when().get("/articles/publisert-sak-om-mariupol")
                .then().statusCode(200)
                .body("id", equalTo(id))
                .body("status", equalTo("PUBLISHED"))
                .body("publishedAt", notNullValue());
    }

    @Test
    void shouldAnswerNotModifiedWhenETagMatches() {
        String id = createArticle("ETag-sak");

        given().auth().oauth2(TestTokens.editor()).header("If-None-Match", "\"0\"")
                .when().get("/articles/" + id)
                .then().statusCode(304);
    }

    @Test
    void shouldRejectPublishWithoutIfMatch() {
        String id = createArticle("Publisering uten If-Match");

        given().auth().oauth2(TestTokens.editor())
                .when().post("/articles/" + id + "/publish")
                .then().statusCode(428)
                .contentType("application/problem+json")
                .body("status", equalTo(428));
    }

    @Test
    void shouldRejectPublishWithStaleVersion() {
        String id = createArticle("Publisering med gammel versjon");

        given().auth().oauth2(TestTokens.editor()).header("If-Match", "\"7\"")
                .when().post("/articles/" + id + "/publish")
                .then().statusCode(412)
                .contentType("application/problem+json");
    }

    @Test
    void shouldListNewestFirstWithCursorPagination() {
        for (int i = 0; i < 3; i++) {
            createArticle("Side " + i + " " + UUID.randomUUID());
        }

        var firstPage = given().auth().oauth2(TestTokens.editor())
                .queryParam("limit", 2).queryParam("status", "DRAFT")
                .when().get("/articles")
                .then().statusCode(200)
                .body("items", hasSize(2))
                .body("nextCursor", notNullValue())
                .body("items[0].blocks", nullValue())
                .extract().jsonPath();

        given().auth().oauth2(TestTokens.editor())
                .queryParam("limit", 2).queryParam("status", "DRAFT")
                .queryParam("cursor", firstPage.getString("nextCursor"))
                .when().get("/articles")
                .then().statusCode(200)
                .body("items.id", everyItem(notNullValue()))
                .body("items.id", org.hamcrest.Matchers.not(hasItem(firstPage.getString("items[0].id"))));
    }

    @Test
    void shouldListOnlyPublishedArticlesToAnonymousReaders() {
        createArticle("Usynlig utkast i listen");

        given().queryParam("limit", 100)
                .when().get("/articles")
                .then().statusCode(200)
                .body("items.status", everyItem(equalTo("PUBLISHED")));
    }

    @Test
    void shouldRejectInvalidArticleWithFieldErrors() {
        given().auth().oauth2(TestTokens.editor()).contentType(ContentType.JSON)
                .body(anArticle().with("title", " ").with("language", "not a language").build())
                .when().post("/articles")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("errors.field", hasItem("title"))
                .body("errors.field", hasItem("language"));
    }

    @Test
    void shouldRejectUnknownFields() {
        given().auth().oauth2(TestTokens.editor()).contentType(ContentType.JSON)
                .body(anArticle().with("colour", "red").build())
                .when().post("/articles")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("colour"));
    }

    @Test
    void shouldRejectMalformedJson() {
        given().auth().oauth2(TestTokens.editor()).contentType(ContentType.JSON)
                .body("{\"title\": ")
                .when().post("/articles")
                .then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void shouldRejectInvalidCursor() {
        given().queryParam("cursor", "not-a-cursor")
                .when().get("/articles")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("cursor"));
    }

    @Test
    void shouldAnswerNotFoundAsProblem() {
        given().auth().oauth2(TestTokens.editor())
                .when().get("/articles/" + UUID.randomUUID())
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("title", equalTo("Article not found"))
                .body("instance", startsWith("/articles/"));
    }

    @Test
    void shouldRequireTokenToCreate() {
        given().contentType(ContentType.JSON).body(anArticle().build())
                .when().post("/articles")
                .then().statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    void shouldForbidReadersToCreate() {
        given().auth().oauth2(TestTokens.reader()).contentType(ContentType.JSON).body(anArticle().build())
                .when().post("/articles")
                .then().statusCode(403)
                .contentType("application/problem+json");
    }

    @Test
    void shouldImportSeedArticleThroughTheApiBlockByBlock() throws IOException {
        String seed = seedArticle();

        given().auth().oauth2(TestTokens.editor()).contentType(ContentType.TEXT.withCharset("UTF-8"))
                .queryParam("language", "nb").queryParam("title", "Live: Missilfragmenter traff boligblokker i Kyiv")
                .body(seed)
                .when().post("/articles/import")
                .then().statusCode(201)
                .body("status", equalTo("DRAFT"))
                .body("blocks", hasSize(43))
                .body("blocks.findAll { it.type == 'IMAGE' }", hasSize(5))
                .body("blocks.findAll { it.type == 'VIDEO' }.size()", org.hamcrest.Matchers.greaterThan(0))
                .body("blocks.findAll { it.type == 'SOURCE' }.size()", org.hamcrest.Matchers.greaterThan(0))
                .body("blocks[4].type", equalTo("VIDEO"))
                .body("blocks[6].type", equalTo("QUOTE"))
                .body("blocks[9].credit", equalTo("Foto: Kyiv kommune"))
                .body("blocks[13].type", equalTo("HEADING"))
                .body("blocks[13].text", equalTo("Ber om bistand"))
                .body("blocks[41].text", equalTo("Nytt Nato-møte"));
    }

    @Test
    void shouldHoldAnImportToTheBlockCountOfAJsonCreate() {
        String text = "Avsnitt.\n\n".repeat(2_001);

        given().auth().oauth2(TestTokens.editor()).contentType(ContentType.TEXT.withCharset("UTF-8"))
                .queryParam("language", "nb").queryParam("title", "Mange avsnitt").body(text)
                .when().post("/articles/import")
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("blocks"));
    }

    @Test
    void shouldHoldAnImportToTheBlockSizeOfAJsonCreate() {
        String text = "Innledning.\n\n" + "Ord ".repeat(5_001) + "\n";

        given().auth().oauth2(TestTokens.editor()).contentType(ContentType.TEXT.withCharset("UTF-8"))
                .queryParam("language", "nb").queryParam("title", "Langt avsnitt").body(text)
                .when().post("/articles/import")
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("blocks[1].text"));
    }

    private static String seedArticle() throws IOException {
        try (InputStream in = ArticleResourceTest.class.getClassLoader()
                .getResourceAsStream("demo/kyiv-live-2022-03-14.nb.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static String createArticle(String title) {
        return given().auth().oauth2(TestTokens.editor()).contentType(ContentType.JSON)
                .body(anArticle().with("title", title).paragraph("Tekst.").build())
                .when().post("/articles")
                .then().statusCode(201)
                .extract().path("id");
    }

    static void publish(String id, long version) {
        given().auth().oauth2(TestTokens.editor()).header("If-Match", "\"" + version + "\"")
                .when().post("/articles/" + id + "/publish")
                .then().statusCode(200);
    }
}
