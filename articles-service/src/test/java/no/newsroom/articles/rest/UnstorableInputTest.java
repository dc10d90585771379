package no.newsroom.articles.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import no.newsroom.support.testing.TestTokens;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import static io.restassured.RestAssured.given;
import static no.newsroom.articles.rest.ArticleRequests.anArticle;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class UnstorableInputTest {

    @Test
    void shouldRejectNulCharacterInJsonWithTheFieldNamed() {
        given().auth().oauth2(TestTokens.editor()).contentType(ContentType.JSON)
                .body(anArticle().with("title", "før \u0000 etter").paragraph("Tekst.").build())
                .when().post("/articles")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("title"));
    }

    @Test
    void shouldRejectAMergePatchThatIsNotAnObject() {
        String id = ArticleResourceTest.createArticle("Patch som ikke er et objekt " + UUID.randomUUID());

        given().auth().oauth2(TestTokens.editor()).contentType("application/merge-patch+json")
                .header("If-Match", "\"0\"").body("[1, 2]")
                .when().patch("/articles/" + id)
                .then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void shouldRejectNulCharacterInQueryParameters() {
        given().auth().oauth2(TestTokens.editor()).contentType("text/plain")
                .queryParam("language", "nb").queryParam("title", "a\u0000b").body("Tekst.")
                .when().post("/articles/import")
                .then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void shouldGiveArticlesCreatedAtTheSameTimeWithOneTitleDifferentSlugs() {
        String title = "Samtidig sak " + UUID.randomUUID();

        List<CompletableFuture<String>> creations = IntStream.range(0, 4)
                .mapToObj(i -> CompletableFuture.supplyAsync(() -> given().auth().oauth2(TestTokens.editor())
                        .contentType(ContentType.JSON).body(anArticle().with("title", title).paragraph("Tekst.").build())
                        .when().post("/articles")
                        .then().statusCode(201)
                        .extract().<String>path("slug")))
                .toList();

        assertEquals(4, creations.stream().map(CompletableFuture::join).distinct().count());
    }
}
