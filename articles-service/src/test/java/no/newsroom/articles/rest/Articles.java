package no.newsroom.articles.rest;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import no.newsroom.support.testing.TestTokens;

import java.util.Map;

import static io.restassured.RestAssured.given;

/** Steps that tests take on the way to the behaviour they check. */
final class Articles {

    /** With the charset: REST Assured would otherwise send a content type it does not know as ISO-8859-1. */
    static final String MERGE_PATCH = "application/merge-patch+json; charset=UTF-8";

    private Articles() {
    }

    static JsonPath create(ArticleRequests article) {
        return given().auth().oauth2(TestTokens.editor()).contentType(ContentType.JSON).body(article.build())
                .when().post("/articles")
                .then().statusCode(201)
                .extract().jsonPath();
    }

    static JsonPath replace(String id, long version, ArticleRequests article) {
        return given().auth().oauth2(TestTokens.editor()).contentType(ContentType.JSON)
                .header("If-Match", etag(version)).body(article.build())
                .when().put("/articles/" + id)
                .then().statusCode(200)
                .extract().jsonPath();
    }

    static JsonPath patch(String id, long version, Map<String, Object> patch) {
        return given().auth().oauth2(TestTokens.editor()).contentType(MERGE_PATCH)
                .header("If-Match", etag(version)).body(patch)
                .when().patch("/articles/" + id)
                .then().statusCode(200)
                .extract().jsonPath();
    }

    static JsonPath transition(String id, long version, String action) {
        return given().auth().oauth2(TestTokens.editor()).header("If-Match", etag(version))
                .when().post("/articles/" + id + "/" + action)
                .then().statusCode(200)
                .extract().jsonPath();
    }

    static String etag(long version) {
        return "\"" + version + "\"";
    }
}
