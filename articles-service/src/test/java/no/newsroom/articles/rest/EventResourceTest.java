package no.newsroom.articles.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import no.newsroom.support.auth.Roles;
import no.newsroom.support.testing.TestTokens;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.restassured.RestAssured.given;
import static no.newsroom.articles.rest.ArticleRequests.anArticle;
import static no.newsroom.articles.rest.Articles.create;
import static no.newsroom.articles.rest.Articles.replace;
import static no.newsroom.articles.rest.Articles.transition;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;

@QuarkusTest
class EventResourceTest {

    @Test
    void shouldWriteEventsOfEveryChangeInOrder() {
        long after = lastEventId();
        JsonPath article = create(anArticle().paragraph("Først.").paragraph("Borte snart."));
        String id = article.getString("id");
        String kept = article.getString("blocks[0].id");
        transition(id, 0, "publish");
        replace(id, 1, anArticle().keep(kept, "Først, rettet."));
        transition(id, 2, "unpublish");
        transition(id, 3, "archive");

        given().auth().oauth2(TestTokens.editor()).queryParam("after", after)
                .when().get("/events")
                .then().statusCode(200)
                .body("items.findAll { it.articleId == '" + id + "' }.type", contains("article.created",
                        "article.published", "article.updated", "article.blockChanged", "article.blockChanged",
                        "article.unpublished", "article.archived"))
                .body("items.findAll { it.articleId == '" + id + "' }.public", contains(false, true, true, true, true,
                        true, false))
                .body("items.find { it.subjectId == '" + kept + "' }.data.change", equalTo("edited"))
                .body("items.find { it.subjectId == '" + kept + "' }.data.text", equalTo("Først, rettet."))
                .body("nextCursor", equalTo(null));
    }

    @Test
    void shouldShowOnlyPublicEventsToAnonymousCallers() {
        long after = lastEventId();
        create(anArticle().paragraph("Utkast."));

        given().queryParam("after", after).queryParam("limit", 500)
                .when().get("/events")
                .then().statusCode(200)
                .body("items.public", everyItem(equalTo(true)));
    }

    @Test
    void shouldShowEveryEventToAnotherService() {
        long after = lastEventId();
        String draft = create(anArticle().paragraph("Utkast.")).getString("id");

        given().auth().oauth2(TestTokens.token("claims-service", Roles.SERVICE)).queryParam("after", after)
                .when().get("/events")
                .then().statusCode(200)
                .body("items.findAll { it.articleId == '" + draft + "' }.type", contains("article.created"))
                .body("items.findAll { it.articleId == '" + draft + "' }.public", contains(false));
    }

    @Test
    void shouldRefuseWritesWithAServiceToken() {
        given().auth().oauth2(TestTokens.token("claims-service", Roles.SERVICE))
                .contentType("application/json").body(anArticle().paragraph("Nei.").build())
                .when().post("/articles")
                .then().statusCode(403);
    }

    @Test
    void shouldLimitEventsToFiveHundred() {
        given().queryParam("limit", 501).when().get("/events")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("limit"));
    }

    static long lastEventId() {
        List<Long> ids = given().auth().oauth2(TestTokens.editor()).queryParam("limit", 500)
                .queryParam("after", 0).when().get("/events").then().extract().jsonPath().getList("items.id",
                        Long.class);
        long last = 0;
        while (!ids.isEmpty()) {
            last = ids.get(ids.size() - 1);
            ids = given().auth().oauth2(TestTokens.editor()).queryParam("limit", 500).queryParam("after", last)
                    .when().get("/events").then().extract().jsonPath().getList("items.id", Long.class);
        }
        return last;
    }
}
