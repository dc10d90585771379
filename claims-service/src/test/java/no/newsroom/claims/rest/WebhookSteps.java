package no.newsroom.claims.rest;

import io.restassured.http.ContentType;
import no.newsroom.support.testing.TestTokens;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;

/** Subscribes and unsubscribes through the API as an admin would. */
final class WebhookSteps {

    private WebhookSteps() {
    }

    static Subscription subscribe(String url, String... eventTypes) {
        var answer = given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body(Map.of("url", url, "eventTypes", List.of(eventTypes)))
                .when().post("/webhooks")
                .then().statusCode(201)
                .extract();
        return new Subscription(answer.path("id"), answer.path("secret"));
    }

    static String etag(String id) {
        return given().auth().oauth2(TestTokens.admin()).when().get("/webhooks/" + id)
                .then().statusCode(200).extract().header("ETag");
    }

    static void setPaused(String id, boolean paused) {
        given().auth().oauth2(TestTokens.admin()).contentType("application/merge-patch+json")
                .header("If-Match", etag(id)).body(Map.of("paused", paused))
                .when().patch("/webhooks/" + id)
                .then().statusCode(200);
    }

    static List<Map<String, Object>> deliveries(String id) {
        return given().auth().oauth2(TestTokens.admin()).queryParam("limit", 100)
                .when().get("/webhooks/" + id + "/deliveries")
                .then().statusCode(200).extract().path("items");
    }

    /** Subscriptions outlive a test in the shared database; without this, later tests would send to dead ports. */
    static void unsubscribeAll() {
        List<String> ids = given().auth().oauth2(TestTokens.admin()).when().get("/webhooks")
                .then().statusCode(200).extract().path("items.id");
        ids.forEach(id -> given().auth().oauth2(TestTokens.admin()).when().delete("/webhooks/" + id)
                .then().statusCode(204));
    }

    record Subscription(String id, String secret) {
    }
}
