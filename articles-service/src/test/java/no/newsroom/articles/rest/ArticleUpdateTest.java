package no.newsroom.articles.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import no.newsroom.support.testing.TestTokens;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.restassured.RestAssured.given;
import static no.newsroom.articles.rest.ArticleRequests.anArticle;
import static no.newsroom.articles.rest.Articles.create;
import static no.newsroom.articles.rest.Articles.MERGE_PATCH;
import static no.newsroom.articles.rest.Articles.etag;
import static no.newsroom.articles.rest.Articles.patch;
import static no.newsroom.articles.rest.Articles.replace;
import static no.newsroom.articles.rest.Articles.transition;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

@QuarkusTest
class ArticleUpdateTest {

    @Test
    void shouldKeepBlockIdsOfEditedAndMovedBlocksAndDropOmittedOnes() {
        JsonPath article = create(anArticle().paragraph("Første.").paragraph("Andre.").paragraph("Tredje."));
        String id = article.getString("id");
        String first = article.getString("blocks[0].id");
        String second = article.getString("blocks[1].id");

        JsonPath saved = replace(id, 0, anArticle()
                .keep(second, "Andre, rettet.")
                .paragraph("Ny.")
                .keep(first, "Første."));

        assertEquals(List.of(second, first), List.of(saved.getString("blocks[0].id"), saved.getString("blocks[2].id")));
        assertEquals("Andre, rettet.", saved.getString("blocks[0].text"));
        assertNotNull(saved.getString("blocks[1].id"));
        assertEquals(3, saved.getList("blocks").size());
        assertEquals(1, saved.getLong("version"));
    }

    @Test
    void shouldRejectUnknownBlockIdWithUnprocessableContent() {
        String id = create(anArticle().paragraph("Tekst.")).getString("id");

        given().auth().oauth2(TestTokens.editor()).contentType(ContentType.JSON).header("If-Match", etag(0))
                .body(anArticle().keep(UUID.randomUUID().toString(), "Hva?").build())
                .when().put("/articles/" + id)
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("blocks[0].id"));
    }

    @Test
    void shouldRequireIfMatchOnUpdate() {
        String id = create(anArticle().paragraph("Tekst.")).getString("id");

        given().auth().oauth2(TestTokens.editor()).contentType(ContentType.JSON)
                .body(anArticle().paragraph("Ny.").build())
                .when().put("/articles/" + id)
                .then().statusCode(428)
                .contentType("application/problem+json");
    }

    @Test
    void shouldMergePatchOnlyTheFieldsSent() {
        JsonPath article = create(anArticle().with("lead", "Ingress.").paragraph("Tekst."));
        String id = article.getString("id");

        JsonPath patched = patch(id, 0, Map.of("title", "Ny tittel før publisering"));

        assertEquals("Ny tittel før publisering", patched.getString("title"));
        assertEquals("ny-tittel-for-publisering", patched.getString("slug"));
        assertEquals("Ingress.", patched.getString("lead"));
        assertEquals(article.getString("blocks[0].id"), patched.getString("blocks[0].id"));
    }

    @Test
    void shouldRaiseTheStoredVersionByOnePerSavedChange() {
        String id = create(anArticle().paragraph("Første.")).getString("id");

        assertEquals(1, patch(id, 0, Map.of("title", "Første endring")).getLong("version"));
        given().auth().oauth2(TestTokens.editor()).when().get("/articles/" + id)
                .then().header("ETag", etag(1)).body("version", equalTo(1));
        JsonPath replaced = replace(id, 1, anArticle().with("title", "Andre endring").paragraph("Andre."));

        assertEquals(2, replaced.getLong("version"));
        given().auth().oauth2(TestTokens.editor()).when().get("/articles/" + id)
                .then().header("ETag", etag(2)).body("version", equalTo(2));
    }

    @Test
    void shouldRemoveFieldSetToNullInMergePatch() {
        String id = create(anArticle().with("lead", "Ingress.").paragraph("Tekst.")).getString("id");

        Map<String, Object> removeLead = new HashMap<>();
        removeLead.put("lead", null);

        assertEquals(null, patch(id, 0, removeLead).getString("lead"));
    }

    @Test
    void shouldRejectUnknownFieldInMergePatch() {
        String id = create(anArticle().paragraph("Tekst.")).getString("id");

        given().auth().oauth2(TestTokens.editor()).contentType(MERGE_PATCH)
                .header("If-Match", etag(0)).body(Map.of("status", "PUBLISHED"))
                .when().patch("/articles/" + id)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("status"));
    }

    @Test
    void shouldNameFieldOfInvalidMergePatch() {
        String id = create(anArticle().paragraph("Tekst.")).getString("id");

        given().auth().oauth2(TestTokens.editor()).contentType(MERGE_PATCH)
                .header("If-Match", etag(0)).body(Map.of("title", "x".repeat(301)))
                .when().patch("/articles/" + id)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("title"));
    }

    @Test
    void shouldKeepSlugStableAfterPublication() {
        String id = create(anArticle().with("title", "Slug som skal bestå").paragraph("Tekst.")).getString("id");
        transition(id, 0, "publish");

        JsonPath renamed = replace(id, 1, anArticle().with("title", "En helt annen tittel").paragraph("Tekst."));

        assertEquals("slug-som-skal-besta", renamed.getString("slug"));
        assertEquals("En helt annen tittel", renamed.getString("title"));
    }

    @Test
    void shouldKeepFirstPublishedAtWhenPublishedAgain() {
        String id = create(anArticle().paragraph("Tekst.")).getString("id");
        String firstPublished = transition(id, 0, "publish").getString("publishedAt");

        JsonPath unpublished = transition(id, 1, "unpublish");
        JsonPath republished = transition(id, 2, "publish");

        assertEquals("DRAFT", unpublished.getString("status"));
        assertEquals("PUBLISHED", republished.getString("status"));
        assertEquals(firstPublished, republished.getString("publishedAt"));
    }

    @Test
    void shouldHideArchivedArticleFromReadersAndRefuseEdits() {
        String id = create(anArticle().paragraph("Tekst.")).getString("id");
        transition(id, 0, "publish");
        transition(id, 1, "archive");

        given().when().get("/articles/" + id).then().statusCode(404);
        given().auth().oauth2(TestTokens.editor()).contentType(ContentType.JSON).header("If-Match", etag(2))
                .body(anArticle().paragraph("Endret.").build())
                .when().put("/articles/" + id)
                .then().statusCode(409)
                .contentType("application/problem+json");
    }

    @Test
    void shouldRejectInvalidStatusChangeNamingTheAllowedOnes() {
        String id = create(anArticle().paragraph("Tekst.")).getString("id");

        given().auth().oauth2(TestTokens.editor()).header("If-Match", etag(0))
                .when().post("/articles/" + id + "/unpublish")
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("allowed from DRAFT: ARCHIVED, PUBLISHED"));
    }

    @Test
    void shouldLetExactlyOneOfTwoConcurrentWritersWin() throws Exception {
        String id = create(anArticle().paragraph("Tekst.")).getString("id");
        Callable<Integer> writer = () -> given().auth().oauth2(TestTokens.editor()).contentType(ContentType.JSON)
                .header("If-Match", etag(0)).body(anArticle().paragraph("Skrevet av " + UUID.randomUUID()).build())
                .when().put("/articles/" + id)
                .then().extract().statusCode();

        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> results = pool.invokeAll(List.of(writer, writer));
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> result : results) {
                statuses.add(result.get());
            }
            org.hamcrest.MatcherAssert.assertThat(statuses, containsInAnyOrder(200, 412));
        } finally {
            pool.shutdown();
        }
        given().auth().oauth2(TestTokens.editor()).when().get("/articles/" + id)
                .then().body("version", equalTo(1));
    }

    @Test
    void shouldPostLiveUpdateAtTopWithItsOwnTimestamp() {
        JsonPath article = create(anArticle().paragraph("Gammel oppdatering."));
        String id = article.getString("id");

        String blockId = given().auth().oauth2(TestTokens.editor()).contentType(ContentType.JSON)
                .header("If-Match", etag(0)).queryParam("position", "top")
                .body(Map.of("type", "PARAGRAPH", "text", "Siste nytt: flyalarm i Kyiv."))
                .when().post("/articles/" + id + "/blocks")
                .then().statusCode(201)
                .header("ETag", etag(1))
                .extract().path("id");

        JsonPath current = given().auth().oauth2(TestTokens.editor()).when().get("/articles/" + id)
                .then().extract().jsonPath();
        assertEquals(blockId, current.getString("blocks[0].id"));
        assertEquals(article.getString("blocks[0].id"), current.getString("blocks[1].id"));
        assertNotEquals(current.getString("blocks[1].postedAt"), current.getString("blocks[0].postedAt"));
    }

    @Test
    void shouldPostLiveUpdateAtBottom() {
        String id = create(anArticle().paragraph("Første.")).getString("id");

        given().auth().oauth2(TestTokens.editor()).contentType(ContentType.JSON)
                .header("If-Match", etag(0)).queryParam("position", "bottom")
                .body(Map.of("type", "PARAGRAPH", "text", "Nederst."))
                .when().post("/articles/" + id + "/blocks")
                .then().statusCode(201);

        given().auth().oauth2(TestTokens.editor()).when().get("/articles/" + id)
                .then().body("blocks[1].text", equalTo("Nederst."));
    }

    @Test
    void shouldRequireIfMatchForLiveUpdate() {
        String id = create(anArticle().paragraph("Første.")).getString("id");

        given().auth().oauth2(TestTokens.editor()).contentType(ContentType.JSON)
                .body(Map.of("type", "PARAGRAPH", "text", "Uten If-Match."))
                .when().post("/articles/" + id + "/blocks")
                .then().statusCode(428);
    }

    @Test
    void shouldRejectTooLongBlockTextWithFieldName() {
        given().auth().oauth2(TestTokens.editor()).contentType(ContentType.JSON)
                .body(anArticle().paragraph("Ok.").paragraph("x".repeat(20_001)).build())
                .when().post("/articles")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("blocks[1].text"));
    }

    @Test
    void shouldRejectMoreThanTwoThousandBlocks() {
        ArticleRequests article = anArticle();
        for (int i = 0; i < 2_001; i++) {
            article.paragraph("Blokk " + i + ".");
        }

        given().auth().oauth2(TestTokens.editor()).contentType(ContentType.JSON).body(article.build())
                .when().post("/articles")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("blocks"));
    }

    @Test
    void shouldAnswerTooLargeBodyWithProblem() {
        String text = "x".repeat(2 * 1024 * 1024 + 1);

        given().auth().oauth2(TestTokens.editor()).contentType(ContentType.JSON)
                .body(anArticle().paragraph(text).build())
                .when().post("/articles")
                .then().statusCode(413)
                .contentType("application/problem+json")
                .body("status", equalTo(413));
    }
}
