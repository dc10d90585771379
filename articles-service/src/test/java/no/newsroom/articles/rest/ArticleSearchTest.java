package no.newsroom.articles.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import no.newsroom.support.testing.TestTokens;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static no.newsroom.articles.rest.ArticleRequests.anArticle;
import static no.newsroom.articles.rest.Articles.create;
import static no.newsroom.articles.rest.Articles.transition;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.in;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class ArticleSearchTest {

    @Test
    void shouldFindNorwegianInflectionsOfTheSearchedWord() {
        String tag = uniqueTag();
        String evacuation = published(anArticle().with("tags", List.of(tag)).with("title", "Sivile forlater byen")
                .paragraph("Ny evakuering av sivile fra Mariupol ble stanset."));
        String evacuated = published(anArticle().with("tags", List.of(tag)).with("title", "Byen tømmes")
                .paragraph("Tusenvis ble evakuerte i løpet av natten."));
        published(anArticle().with("tags", List.of(tag)).with("title", "Flyalarm").paragraph("Ingen treff her."));

        given().queryParam("q", "evakuert").queryParam("tag", tag)
                .when().get("/articles")
                .then().statusCode(200)
                .body("items.id", hasSize(2))
                .body("items.id", hasItem(evacuation))
                .body("items.id", hasItem(evacuated))
                .body("items.snippet", hasItem(containsString("<mark>evakuering</mark>")))
                .body("items[0].rank", notNullValue());
    }

    @Test
    void shouldFindEnglishInflectionsWithEnglishStemming() {
        String tag = uniqueTag();
        String id = published(anArticle().with("language", "en").with("tags", List.of(tag))
                .with("title", "Civilians leave the city").paragraph("The evacuation of civilians resumed."));

        given().queryParam("q", "evacuated").queryParam("tag", tag)
                .when().get("/articles")
                .then().statusCode(200)
                .body("items.id", contains(id))
                .body("items[0].snippet", containsString("<mark>evacuation</mark>"));
    }

    @Test
    void shouldRankTitleMatchesAboveTextMatches() {
        String tag = uniqueTag();
        String inText = published(anArticle().with("tags", List.of(tag)).with("title", "Nyheter")
                .paragraph("Det kom meldinger om droneangrep i nord."));
        String inTitle = published(anArticle().with("tags", List.of(tag)).with("title", "Droneangrep i Kyiv")
                .paragraph("Flere bygninger ble truffet."));

        given().queryParam("q", "droneangrep").queryParam("tag", tag)
                .when().get("/articles")
                .then().body("items.id", contains(inTitle, inText));
    }

    @Test
    void shouldPageSearchResultsWithCursor() {
        String tag = uniqueTag();
        for (int i = 0; i < 3; i++) {
            published(anArticle().with("tags", List.of(tag)).with("title", "Kyiv " + i).paragraph("Kyiv igjen."));
        }

        JsonPath first = given().queryParam("q", "kyiv").queryParam("tag", tag).queryParam("limit", 2)
                .when().get("/articles").then().body("items", hasSize(2)).extract().jsonPath();
        given().queryParam("q", "kyiv").queryParam("tag", tag).queryParam("limit", 2)
                .queryParam("cursor", first.getString("nextCursor"))
                .when().get("/articles")
                .then().body("items", hasSize(1))
                .body("items.id", not(hasItem(first.getString("items[0].id"))))
                .body("nextCursor", nullValue())
                .body("total", equalTo(3));
    }

    /**
     * More articles than the search's probe checks: a word in all of them is found by walking the newest, a word in
     * a few of them by collecting its matches, and both give the same answers a small list would.
     */
    @Test
    void shouldFindCommonAndRareWordsAlikeAmongManyArticles() {
        String tag = uniqueTag();
        String common = "felles" + letters();
        String rare = "sjelden" + letters();
        List<String> created = new ArrayList<>();
        List<String> withRareWord = new ArrayList<>();
        for (int i = 0; i < 220; i++) {
            String text = i % 70 == 0 ? common + " og " + rare : common + " alene";
            String id = create(anArticle().with("tags", List.of(tag)).with("title", "Artikkel " + i).paragraph(text))
                    .getString("id");
            created.add(id);
            if (i % 70 == 0) {
                withRareWord.add(id);
            }
        }
        List<String> newestFirst = new ArrayList<>(created);
        Collections.reverse(newestFirst);

        JsonPath first = search(common, tag, "updatedAt", null)
                .body("items.id", contains(newestFirst.subList(0, 5).toArray()))
                .body("total", greaterThan(100))
                .extract().jsonPath();
        search(common, tag, "updatedAt", first.getString("nextCursor"))
                .body("items.id", contains(newestFirst.subList(5, 10).toArray()));
        search(common, tag, "relevance", null)
                .body("items", hasSize(5))
                .body("items.id", everyItem(in(created)))
                .body("total", greaterThan(100));
        search(rare, tag, "relevance", null)
                .body("items.id", containsInAnyOrder(withRareWord.toArray()))
                .body("total", equalTo(4));
        search(common + " " + rare, tag, "updatedAt", null)
                .body("items.id", contains(newestFirst.stream().filter(withRareWord::contains).toArray()))
                .body("total", equalTo(4));
    }

    @Test
    void shouldNotShowDraftsInSearchToReaders() {
        String tag = uniqueTag();
        create(anArticle().with("tags", List.of(tag)).with("title", "Hemmelig utkast om evakuering")
                .paragraph("Tekst."));

        given().queryParam("q", "evakuering").queryParam("tag", tag)
                .when().get("/articles")
                .then().body("items", hasSize(0)).body("total", equalTo(0));
    }

    @Test
    void shouldFilterByAuthor() {
        String author = "Forfatter " + UUID.randomUUID();
        String id = create(anArticle().with("authors", List.of(author)).paragraph("Tekst.")).getString("id");
        create(anArticle().paragraph("Annen forfatter."));

        given().auth().oauth2(TestTokens.editor()).queryParam("author", author)
                .when().get("/articles")
                .then().body("items.id", contains(id)).body("total", equalTo(1));
    }

    @Test
    void shouldSortByPublicationNewestFirstWithCursor() {
        String tag = uniqueTag();
        String older = published(anArticle().with("tags", List.of(tag)).paragraph("Eldst."));
        String newer = published(anArticle().with("tags", List.of(tag)).paragraph("Nyest."));
        create(anArticle().with("tags", List.of(tag)).paragraph("Aldri publisert."));

        JsonPath first = given().auth().oauth2(TestTokens.editor()).queryParam("tag", tag)
                .queryParam("sort", "publishedAt").queryParam("limit", 1)
                .when().get("/articles")
                .then().body("items.id", contains(newer)).body("total", equalTo(2)).extract().jsonPath();
        given().auth().oauth2(TestTokens.editor()).queryParam("tag", tag).queryParam("sort", "publishedAt")
                .queryParam("limit", 1).queryParam("cursor", first.getString("nextCursor"))
                .when().get("/articles")
                .then().body("items.id", contains(older)).body("nextCursor", nullValue());
    }

    @Test
    void shouldCombineTagAuthorAndStatusFilters() {
        String tag = uniqueTag();
        String author = "Forfatter " + UUID.randomUUID();
        String match = published(anArticle().with("tags", List.of(tag, "kyiv")).with("authors", List.of(author))
                .paragraph("Treff."));
        published(anArticle().with("tags", List.of(tag)).paragraph("Annen forfatter."));
        create(anArticle().with("tags", List.of(tag)).with("authors", List.of(author)).paragraph("Utkast."));

        given().queryParam("tag", tag).queryParam("author", author)
                .when().get("/articles")
                .then().statusCode(200).body("items.id", contains(match)).body("total", equalTo(1));
        given().auth().oauth2(TestTokens.editor()).queryParam("tag", tag).queryParam("author", author)
                .queryParam("status", "DRAFT")
                .when().get("/articles")
                .then().statusCode(200).body("items", hasSize(1)).body("items[0].status", equalTo("DRAFT"));
    }

    @Test
    void shouldSortSearchResultsByRelevanceOnlyWithASearch() {
        String tag = uniqueTag();
        String id = published(anArticle().with("tags", List.of(tag)).with("title", "Flyalarm i Kyiv")
                .paragraph("Alarmen gikk."));

        given().queryParam("q", "flyalarm").queryParam("tag", tag).queryParam("sort", "relevance")
                .when().get("/articles")
                .then().statusCode(200).body("items.id", contains(id)).body("items[0].rank", notNullValue());
        given().queryParam("tag", tag).queryParam("sort", "relevance")
                .when().get("/articles")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("sort"));
    }

    @Test
    void shouldRejectCursorFromAnotherOrder() {
        String tag = uniqueTag();
        published(anArticle().with("tags", List.of(tag)).paragraph("En."));
        published(anArticle().with("tags", List.of(tag)).paragraph("To."));
        String cursor = given().queryParam("tag", tag).queryParam("limit", 1).when().get("/articles")
                .then().extract().path("nextCursor");

        given().queryParam("tag", tag).queryParam("sort", "publishedAt").queryParam("cursor", cursor)
                .when().get("/articles")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("cursor"));
    }

    @Test
    void shouldRejectUnknownSortAndWordlessQuery() {
        given().queryParam("sort", "title").when().get("/articles")
                .then().statusCode(400).body("errors[0].field", equalTo("sort"));
        given().queryParam("q", "!!!").when().get("/articles")
                .then().statusCode(400).body("errors[0].field", equalTo("q"));
    }

    private static ValidatableResponse search(String q, String tag, String sort, String cursor) {
        RequestSpecification request = given().auth().oauth2(TestTokens.editor()).queryParam("q", q)
                .queryParam("tag", tag).queryParam("sort", sort).queryParam("limit", 5);
        if (cursor != null) {
            request.queryParam("cursor", cursor);
        }
        return request.when().get("/articles").then().statusCode(200);
    }

    private static String letters() {
        return UUID.randomUUID().toString().replaceAll("[^a-f]", "");
    }

    private static String published(ArticleRequests article) {
        String id = create(article).getString("id");
        transition(id, 0, "publish");
        return id;
    }

    private static String uniqueTag() {
        return "tag-" + UUID.randomUUID();
    }
}
