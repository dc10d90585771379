package no.newsroom.claims.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import no.newsroom.support.testing.TestTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static no.newsroom.claims.rest.WebhookSteps.etag;
import static no.newsroom.claims.rest.WebhookSteps.subscribe;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

@QuarkusTest
class WebhookResourceTest {

    private static final String RECEIVER = "http://127.0.0.1:9/hooks";
    private static final String SECRET = "whsec_[A-Za-z0-9+/]{43}=";

    @AfterEach
    void unsubscribe() {
        WebhookSteps.unsubscribeAll();
    }

    @Test
    void shouldShowTheSecretOnlyInTheCreationAnswer() {
        var created = given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body(Map.of("url", RECEIVER, "eventTypes", List.of("article.published", "claim.approved")))
                .when().post("/webhooks")
                .then().statusCode(201)
                .header("Location", matchesPattern(".*/webhooks/[0-9a-f-]{36}"))
                .body("secret", matchesPattern(SECRET))
                .body("status", equalTo("ACTIVE"))
                .body("eventTypes", equalTo(List.of("article.published", "claim.approved")))
                .body("createdBy", equalTo("ada"))
                .extract();
        String id = created.path("id");

        given().auth().oauth2(TestTokens.admin()).when().get("/webhooks/" + id)
                .then().statusCode(200).header("ETag", notNullValue()).body("$", not(hasKey("secret")))
                .body("url", equalTo(RECEIVER));
        given().auth().oauth2(TestTokens.admin()).when().get("/webhooks")
                .then().statusCode(200).body("items[0]", not(hasKey("secret")));
    }

    @Test
    void shouldBeForAdminsOnly() {
        String id = subscribe(RECEIVER, "claim.approved").id();

        given().when().get("/webhooks").then().statusCode(401);
        given().auth().oauth2(TestTokens.editor()).when().get("/webhooks/" + id).then().statusCode(403);
        given().auth().oauth2(TestTokens.verifier()).contentType(ContentType.JSON)
                .body(Map.of("url", RECEIVER, "eventTypes", List.of("claim.approved")))
                .when().post("/webhooks").then().statusCode(403);
    }

    @Test
    void shouldRefuseAddressesOutsideTheAllowList() {
        for (String url : List.of("http://10.1.2.3/hooks", "http://169.254.169.254/latest/meta-data",
                "http://[fd00::1]/hooks", "http://192.168.0.10:8080/hooks")) {
            given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                    .body(Map.of("url", url, "eventTypes", List.of("claim.approved")))
                    .when().post("/webhooks")
                    .then().statusCode(422)
                    .contentType("application/problem+json")
                    .body("errors[0].field", equalTo("url"));
        }
    }

    @Test
    void shouldRejectNonHttpUrlsAndEventTypesThatAreNotPublic() {
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body(Map.of("url", "file:///etc/passwd", "eventTypes", List.of("claim.approved")))
                .when().post("/webhooks")
                .then().statusCode(400).body("errors[0].field", equalTo("url"));
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body(Map.of("url", RECEIVER, "eventTypes", List.of("claim.withdrawn")))
                .when().post("/webhooks")
                .then().statusCode(400).body("errors[0].field", equalTo("eventTypes[0]"));
    }

    @Test
    void shouldPauseAndResumeWithIfMatch() {
        String id = subscribe(RECEIVER, "claim.approved").id();
        String etag = etag(id);

        given().auth().oauth2(TestTokens.admin()).contentType("application/merge-patch+json")
                .body(Map.of("paused", true)).when().patch("/webhooks/" + id)
                .then().statusCode(428);
        given().auth().oauth2(TestTokens.admin()).contentType("application/merge-patch+json")
                .header("If-Match", etag).body(Map.of("paused", true)).when().patch("/webhooks/" + id)
                .then().statusCode(200).body("status", equalTo("PAUSED"));
        given().auth().oauth2(TestTokens.admin()).contentType("application/merge-patch+json")
                .header("If-Match", etag).body(Map.of("paused", false)).when().patch("/webhooks/" + id)
                .then().statusCode(412);
        given().auth().oauth2(TestTokens.admin()).contentType("application/merge-patch+json")
                .header("If-Match", etag(id)).body(Map.of("paused", false)).when().patch("/webhooks/" + id)
                .then().statusCode(200).body("status", equalTo("ACTIVE"));
    }

    @Test
    void shouldRotateTheSecretAndKeepThePreviousOneForTheGracePeriod() {
        var subscription = subscribe(RECEIVER, "claim.approved");

        String rotated = given().auth().oauth2(TestTokens.admin())
                .when().post("/webhooks/" + subscription.id() + "/secret-rotation")
                .then().statusCode(200)
                .body("secret", matchesPattern(SECRET))
                .body("previousSecretExpiresAt", notNullValue())
                .extract().path("secret");

        assertNotEquals(subscription.secret(), rotated);
    }

    @Test
    void shouldUnsubscribe() {
        String id = subscribe(RECEIVER, "claim.approved").id();

        given().auth().oauth2(TestTokens.admin()).when().delete("/webhooks/" + id).then().statusCode(204);

        given().auth().oauth2(TestTokens.admin()).when().get("/webhooks/" + id)
                .then().statusCode(404).body("title", equalTo("Webhook subscription not found"));
        given().auth().oauth2(TestTokens.admin()).when().get("/webhooks/" + id + "/deliveries")
                .then().statusCode(404);
    }

    @Test
    void shouldAnswerNotFoundForAnUnknownDelivery() {
        String id = subscribe(RECEIVER, "claim.approved").id();

        given().auth().oauth2(TestTokens.admin())
                .when().post("/webhooks/" + id + "/deliveries/" + UUID.randomUUID() + "/redelivery")
                .then().statusCode(404).body("detail", not(nullValue()));
    }
}
