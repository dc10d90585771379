package no.newsroom.articles.rest;

import no.newsroom.support.testing.TestTokens;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import no.newsroom.articles.mapping.ArticleMapper;
import no.newsroom.articles.repository.ArticleRepository;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static no.newsroom.articles.rest.ArticleRequests.anArticle;
import static no.newsroom.articles.rest.Articles.create;
import static no.newsroom.articles.rest.Articles.etag;
import static no.newsroom.articles.rest.Articles.replace;
import static no.newsroom.articles.rest.Articles.transition;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A single-article read answers, byte for byte, what Jackson writes for the article mapped from its entity (the
 * reference path), for anonymous callers and staff, the first time and again, and after every change.
 */
@QuarkusTest
class ArticleReadBodyTest {

    @Inject
    ArticleRepository articles;

    @Inject
    ObjectMapper json;

    @Test
    void shouldAnswerTheReferenceBodyToAnonymousReadersAndStaffAlike() {
        String id = publishedArticle();
        byte[] reference = referenceBody(id);

        for (int round = 0; round < 2; round++) {
            assertBody(reference, given(), "/articles/" + id);
            assertBody(reference, given().auth().oauth2(TestTokens.reader()), "/articles/" + id);
            assertBody(reference, given().auth().oauth2(TestTokens.editor()), "/articles/" + id);
        }
    }

    @Test
    void shouldAnswerTheReferenceBodyBySlug() {
        String id = publishedArticle();
        String slug = given().when().get("/articles/" + id).then().extract().path("slug");

        assertBody(referenceBody(id), given(), "/articles/" + slug);
    }

    @Test
    void shouldAnswerTheNewBodyAfterAChange() {
        String id = publishedArticle();
        given().when().get("/articles/" + id).then().statusCode(200);

        replace(id, 1, anArticle().with("title", "Endret tittel " + id).paragraph("Nytt første avsnitt.")
                .block(Map.of("type", "QUOTE", "text", "– Et nytt sitat")));

        byte[] reference = referenceBody(id);
        assertBody(reference, given(), "/articles/" + id);
        assertBody(reference, given().auth().oauth2(TestTokens.editor()), "/articles/" + id);
    }

    @Test
    void shouldHideAnArticleFromReadersOnceUnpublished() {
        String id = publishedArticle();
        given().when().get("/articles/" + id).then().statusCode(200);

        transition(id, 1, "unpublish");

        given().when().get("/articles/" + id).then().statusCode(404).contentType("application/problem+json");
        assertBody(referenceBody(id), given().auth().oauth2(TestTokens.editor()), "/articles/" + id);
    }

    @Test
    void shouldAnswerNotModifiedForTheCurrentVersionOnly() {
        String id = publishedArticle();

        given().header("If-None-Match", etag(1)).when().get("/articles/" + id)
                .then().statusCode(304).header("ETag", etag(1));
        assertEquals("", given().header("If-None-Match", etag(1)).when().get("/articles/" + id).asString());
        given().header("If-None-Match", etag(0)).when().get("/articles/" + id)
                .then().statusCode(200).header("ETag", etag(1));
    }

    private static String publishedArticle() {
        String id = create(anArticle().with("title", "Lesetest " + UUID.randomUUID())
                .with("lead", "Ingress med «sitat» og æøå.")
                .paragraph("Første avsnitt.")
                .block(Map.of("type", "HEADING", "text", "Mellomtittel"))
                .image("Bildetekst.", "Foto: AFP")
                .paragraph("Siste avsnitt med tall: 4 fly.")).getString("id");
        transition(id, 0, "publish");
        return id;
    }

    private byte[] referenceBody(String id) {
        return QuarkusTransaction.requiringNew().call(() -> json.writeValueAsBytes(
                ArticleMapper.toResponse(articles.findWithBlocks(UUID.fromString(id)).orElseThrow())));
    }

    private static void assertBody(byte[] reference, RequestSpecification request, String path) {
        Response response = request.when().get(path);
        response.then().statusCode(200).contentType("application/json");
        assertArrayEquals(reference, response.asByteArray(), () -> path + " answered " + response.asString()
                + "\nexpected " + new String(reference, StandardCharsets.UTF_8));
    }
}
