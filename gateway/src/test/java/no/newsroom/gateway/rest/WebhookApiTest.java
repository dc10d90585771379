package no.newsroom.gateway.rest;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import no.newsroom.support.auth.Roles;
import no.newsroom.support.testing.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.is;

@QuarkusTest
@QuarkusTestResource(DownstreamServices.class)
class WebhookApiTest {

    private static final String WEBHOOK_ID = "7d1e3f5a-9b2c-4d6e-8f0a-1b3c5d7e9f20";
    private static final String DELIVERY_ID = "2f4a6c8e-0b1d-4f3a-9c5e-7d9f1b3d5e70";
    private static final String DRAFT = "{\"url\": \"https://hooks.partner.example/newsroom\", "
            + "\"eventTypes\": [\"claim.approved\"]}";

    @DownstreamServices.ClaimsService
    WireMockServer claims;

    @BeforeEach
    void resetStubs() {
        claims.resetAll();
    }

    @Test
    void shouldPassASubscriptionToClaimsServiceAndTheSecretBack() {
        claims.stubFor(post(urlEqualTo("/webhooks")).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json")
                .withHeader("Location", "http://claims:8080/webhooks/" + WEBHOOK_ID)
                .withHeader("ETag", "\"0\"")
                .withBody("{\"id\": \"" + WEBHOOK_ID + "\", \"secret\": \"whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw\"}")));

        given().auth().oauth2(admin()).contentType("application/json").body(DRAFT)
                .when().post("/api/v1/webhooks")
                .then().statusCode(201)
                .header("Location", endsWith("/api/v1/webhooks/" + WEBHOOK_ID))
                .header("Cache-Control", is("private, no-store"))
                .body("secret", is("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"));

        claims.verify(postRequestedFor(urlEqualTo("/webhooks")).withRequestBody(equalToJson(DRAFT))
                .withHeader("Authorization", containing("Bearer ")));
    }

    @Test
    void shouldLetOnlyAdminsManageWebhooks() {
        claims.stubFor(get(urlPathEqualTo("/webhooks")).willReturn(okJson(TestData.page())));

        given().when().get("/api/v1/webhooks").then().statusCode(401);
        given().auth().oauth2(TestTokens.editor()).when().get("/api/v1/webhooks").then().statusCode(403);
        given().auth().oauth2(TestTokens.token("vera", Roles.VERIFIER)).contentType("application/json").body(DRAFT)
                .when().post("/api/v1/webhooks").then().statusCode(403);
        given().auth().oauth2(TestTokens.reader()).when().delete("/api/v1/webhooks/" + WEBHOOK_ID)
                .then().statusCode(403);

        claims.verify(0, getRequestedFor(anyUrl()));
        claims.verify(0, postRequestedFor(anyUrl()));
        given().auth().oauth2(admin()).when().get("/api/v1/webhooks").then().statusCode(200).body("total", is(0));
    }

    @Test
    void shouldForwardIfMatchWithAPauseAndPassThePreconditionProblemBack() {
        claims.stubFor(patch(urlEqualTo("/webhooks/" + WEBHOOK_ID)).willReturn(aResponse().withStatus(412)
                .withHeader("Content-Type", "application/problem+json")
                .withBody("{\"type\": \"https://newsroom.example/problems/stale-version\", "
                        + "\"title\": \"The resource has changed\", \"status\": 412}")));

        given().auth().oauth2(admin()).header("If-Match", "\"2\"").contentType("application/merge-patch+json")
                .body("{\"paused\": true}")
                .when().patch("/api/v1/webhooks/" + WEBHOOK_ID)
                .then().statusCode(412).contentType("application/problem+json");

        claims.verify(patchRequestedFor(urlEqualTo("/webhooks/" + WEBHOOK_ID))
                .withHeader("If-Match", equalTo("\"2\""))
                .withHeader("Content-Type", containing("application/merge-patch+json"))
                .withRequestBody(equalToJson("{\"paused\": true}")));
    }

    @Test
    void shouldReadTheDeliveryLogWithItsPagingParameters() {
        claims.stubFor(get(urlPathEqualTo("/webhooks/" + WEBHOOK_ID + "/deliveries"))
                .willReturn(okJson("{\"items\": [{\"id\": \"" + DELIVERY_ID + "\", \"attempts\": 4, "
                        + "\"lastStatusCode\": 200}], \"nextCursor\": null, \"total\": 1}")));

        given().auth().oauth2(admin()).queryParam("limit", 5).queryParam("cursor", "abc")
                .when().get("/api/v1/webhooks/" + WEBHOOK_ID + "/deliveries")
                .then().statusCode(200).body("items[0].attempts", is(4));

        claims.verify(getRequestedFor(urlEqualTo("/webhooks/" + WEBHOOK_ID + "/deliveries?limit=5&cursor=abc")));
    }

    @Test
    void shouldRedeliverRotateAndUnsubscribe() {
        String redelivery = "/webhooks/" + WEBHOOK_ID + "/deliveries/" + DELIVERY_ID + "/redelivery";
        claims.stubFor(post(urlEqualTo(redelivery)).willReturn(aResponse().withStatus(202)
                .withHeader("Content-Type", "application/json").withBody("{\"status\": \"PENDING\"}")));
        claims.stubFor(post(urlEqualTo("/webhooks/" + WEBHOOK_ID + "/secret-rotation"))
                .willReturn(okJson("{\"secret\": \"whsec_bmV3\"}")));
        claims.stubFor(delete(urlEqualTo("/webhooks/" + WEBHOOK_ID)).willReturn(aResponse().withStatus(204)));

        given().auth().oauth2(admin()).when().post("/api/v1" + redelivery)
                .then().statusCode(202).body("status", is("PENDING"));
        given().auth().oauth2(admin()).when().post("/api/v1/webhooks/" + WEBHOOK_ID + "/secret-rotation")
                .then().statusCode(200).body("secret", is("whsec_bmV3"));
        given().auth().oauth2(admin()).when().delete("/api/v1/webhooks/" + WEBHOOK_ID)
                .then().statusCode(204);
    }

    @Test
    void shouldRejectAMalformedIdBeforeCallingClaimsService() {
        given().auth().oauth2(admin()).when().get("/api/v1/webhooks/not-a-uuid").then().statusCode(404);

        claims.verify(0, getRequestedFor(anyUrl()));
    }

    private static String admin() {
        return TestTokens.token("ada", Roles.ADMIN);
    }
}
