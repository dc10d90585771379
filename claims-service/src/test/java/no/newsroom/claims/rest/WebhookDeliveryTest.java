package no.newsroom.claims.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import no.newsroom.claims.service.WebhookDeliveryLedger;
import no.newsroom.claims.service.WebhookDispatcher;
import no.newsroom.claims.service.WebhookSender;
import no.newsroom.support.testing.TestTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static no.newsroom.claims.rest.WebhookSteps.deliveries;
import static no.newsroom.claims.rest.WebhookSteps.subscribe;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Deliveries to a real HTTP receiver; the schedulers are off in tests, so each test runs dispatch and send. */
@QuarkusTest
class WebhookDeliveryTest {

    private final ObjectMapper json = new ObjectMapper();

    @Inject
    WebhookDispatcher dispatcher;

    @Inject
    WebhookSender sender;

    @Inject
    WebhookDeliveryLedger ledger;

    @Inject
    EntityManager entityManager;

    @ArticlesServiceStub.InjectArticlesService
    WireMockServer articles;

    @AfterEach
    void cleanUp() {
        WebhookSteps.unsubscribeAll();
        articles.resetAll();
    }

    @Test
    void shouldDeliverAPublicClaimEventSignedWithTheSubscriptionSecret() throws IOException {
        try (WebhookReceiver receiver = WebhookReceiver.start()) {
            var subscription = subscribe(receiver.url(), "claim.created");
            String claimId = ClaimSteps.create(ClaimRequests.aClaim().onPublishedArticle());

            dispatcher.dispatchClaimEvents();
            assertEquals(1, sender.sendDue());

            var received = receiver.received();
            assertEquals(1, received.size());
            assertTrue(received.get(0).signedWith(subscription.secret()), "signature verifies with the secret");
            assertEquals("application/json", received.get(0).contentType());
            JsonNode body = json.readTree(received.get(0).body());
            assertEquals("claim.created", body.path("type").asText());
            assertEquals(claimId, body.path("data").path("claimId").asText());
            assertEquals(publicEventData(claimId), withoutIds(body.path("data")),
                    "the data readers see on the public event feed, no more");
            assertFalse(body.path("timestamp").asText().isEmpty());

            Map<String, Object> delivery = deliveries(subscription.id()).get(0);
            assertEquals(received.get(0).id(), delivery.get("id"));
            assertEquals("DELIVERED", delivery.get("status"));
            assertEquals(1, delivery.get("attempts"));
            assertEquals(200, delivery.get("lastStatusCode"));
            assertNotNull(delivery.get("lastLatencyMs"));
        }
    }

    @Test
    void shouldNotSendEventsReadersMayNotSee() {
        try (WebhookReceiver receiver = WebhookReceiver.start()) {
            subscribe(receiver.url(), "claim.created", "claim.statusChanged", "claim.approved");
            String claimId = ClaimSteps.create(ClaimRequests.aClaim().onPublishedArticle());
            ClaimSteps.addEvidence(claimId, true);
            ClaimSteps.moveTo(claimId, "IN_REVIEW");
            ClaimSteps.moveTo(claimId, "CONFIRMED");

            dispatcher.dispatchClaimEvents();
            sender.sendDue();

            // The proposed verdict stays private until it is approved: created and IN_REVIEW only.
            assertEquals(List.of("claim.created", "claim.statusChanged"), types(receiver));
        }
    }

    @Test
    void shouldSendNothingAboutTheClaimsOfADraft() {
        try (WebhookReceiver receiver = WebhookReceiver.start()) {
            // Public events other test classes left in the outbox would otherwise reach the new subscription.
            dispatcher.dispatchClaimEvents();
            subscribe(receiver.url(), "claim.created", "claim.statusChanged");
            String draft = java.util.UUID.randomUUID().toString();
            PublishedArticles.record(draft, "DRAFT");
            String claimId = ClaimSteps.create(ClaimRequests.aClaim().with("articleId", draft));
            ClaimSteps.moveTo(claimId, "IN_REVIEW");

            dispatcher.dispatchClaimEvents();
            sender.sendDue();

            assertEquals(List.of(), types(receiver));
        }
    }

    @Test
    void shouldGetTheEventThroughOnTheFourthAttemptAfterThreeServerErrors() {
        try (WebhookReceiver receiver = WebhookReceiver.start().answering(500, 500, 500)) {
            var subscription = subscribe(receiver.url(), "claim.created");
            ClaimSteps.create(ClaimRequests.aClaim().onPublishedArticle());
            dispatcher.dispatchClaimEvents();

            assertEquals(4, sender.sendDue());

            var received = receiver.received();
            assertEquals(4, received.size());
            assertEquals(1, received.stream().map(WebhookReceiver.Received::id).distinct().count(),
                    "every attempt carries the same webhook-id");
            assertTrue(received.get(3).signedWith(subscription.secret()));
            Map<String, Object> delivery = deliveries(subscription.id()).get(0);
            assertEquals("DELIVERED", delivery.get("status"));
            assertEquals(4, delivery.get("attempts"));
            assertEquals(200, delivery.get("lastStatusCode"));
        }
    }

    @Test
    void shouldKeepASubscriptionsEventsInOrderWhileOneIsRetried() {
        try (WebhookReceiver receiver = WebhookReceiver.start().answering(503, 503)) {
            subscribe(receiver.url(), "claim.created");
            String first = ClaimSteps.create(ClaimRequests.aClaim().onPublishedArticle());
            String second = ClaimSteps.create(ClaimRequests.aClaim().onPublishedArticle());
            dispatcher.dispatchClaimEvents();

            sender.sendDue();

            assertEquals(List.of(first, first, first, second), claimIds(receiver));
        }
    }

    @Test
    void shouldSendWhatWasQueuedBeforeARestartAndRetryAnAttemptCutShort() {
        try (WebhookReceiver receiver = WebhookReceiver.start()) {
            var subscription = subscribe(receiver.url(), "claim.created");
            String claimId = ClaimSteps.create(ClaimRequests.aClaim().onPublishedArticle());
            dispatcher.dispatchClaimEvents();
            String etag = WebhookSteps.etag(subscription.id());
            // A sender leases the delivery and dies before it can record the attempt.
            assertEquals(1, ledger.lease(10, 10).size());
            assertEquals(0, sender.sendDue(), "a leased delivery is not sent twice at once");
            assertEquals("PENDING", deliveries(subscription.id()).get(0).get("status"));

            expireLeases(subscription.id());
            assertEquals(1, sender.sendDue());

            assertEquals(List.of(claimId), claimIds(receiver));
            assertEquals("DELIVERED", deliveries(subscription.id()).get(0).get("status"));
            assertEquals(etag, WebhookSteps.etag(subscription.id()), "sending does not change the subscription");
        }
    }

    @Test
    void shouldRedeliverADeliveryWithTheSameId() {
        try (WebhookReceiver receiver = WebhookReceiver.start()) {
            var subscription = subscribe(receiver.url(), "claim.created");
            ClaimSteps.create(ClaimRequests.aClaim().onPublishedArticle());
            dispatcher.dispatchClaimEvents();
            sender.sendDue();
            String deliveryId = receiver.received().get(0).id();

            given().auth().oauth2(TestTokens.admin())
                    .when().post("/webhooks/" + subscription.id() + "/deliveries/" + deliveryId + "/redelivery")
                    .then().statusCode(202).body("status", equalTo("PENDING"));
            given().auth().oauth2(TestTokens.admin())
                    .when().post("/webhooks/" + subscription.id() + "/deliveries/" + deliveryId + "/redelivery")
                    .then().statusCode(409);
            assertEquals(1, sender.sendDue());

            var received = receiver.received();
            assertEquals(2, received.size());
            assertEquals(deliveryId, received.get(1).id());
            assertEquals(received.get(0).body(), received.get(1).body());
            assertTrue(received.get(1).signedWith(subscription.secret()));
        }
    }

    @Test
    void shouldHoldDeliveriesWhilePausedAndSendThemOnResume() {
        try (WebhookReceiver receiver = WebhookReceiver.start()) {
            var subscription = subscribe(receiver.url(), "claim.created");
            WebhookSteps.setPaused(subscription.id(), true);
            String claimId = ClaimSteps.create(ClaimRequests.aClaim().onPublishedArticle());
            dispatcher.dispatchClaimEvents();

            assertEquals(0, sender.sendDue());
            WebhookSteps.setPaused(subscription.id(), false);
            assertEquals(1, sender.sendDue());

            assertEquals(List.of(claimId), claimIds(receiver));
        }
    }

    @Test
    void shouldSignWithBothSecretsDuringARotation() {
        try (WebhookReceiver receiver = WebhookReceiver.start()) {
            var subscription = subscribe(receiver.url(), "claim.created");
            String rotated = given().auth().oauth2(TestTokens.admin())
                    .when().post("/webhooks/" + subscription.id() + "/secret-rotation")
                    .then().statusCode(200).extract().path("secret");
            ClaimSteps.create(ClaimRequests.aClaim().onPublishedArticle());
            dispatcher.dispatchClaimEvents();

            sender.sendDue();

            var received = receiver.received().get(0);
            assertTrue(received.signedWith(rotated));
            assertTrue(received.signedWith(subscription.secret()));
            assertFalse(received.signedWith(WebhookSteps.subscribe(receiver.url(), "claim.approved").secret()));
        }
    }

    @Test
    void shouldDisableTheSubscriptionWhenTheRetryWindowHasPassed() {
        try (WebhookReceiver receiver = WebhookReceiver.start().answering(500, 500)) {
            var subscription = subscribe(receiver.url(), "claim.created");
            ClaimSteps.create(ClaimRequests.aClaim().onPublishedArticle());
            dispatcher.dispatchClaimEvents();
            assertEquals(1, sender.sendOneRound());
            // 26 hours of failed attempts later:
            QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                            "update webhook_delivery set first_attempt_at = first_attempt_at - interval '26 hours' "
                                    + "where subscription_id = ?1")
                    .setParameter(1, UUID.fromString(subscription.id())).executeUpdate());

            assertEquals(1, sender.sendDue());

            given().auth().oauth2(TestTokens.admin()).when().get("/webhooks/" + subscription.id())
                    .then().statusCode(200)
                    .body("status", equalTo("DISABLED"))
                    .body("disabledReason", containsString("answered 500"));
            assertEquals("FAILED", deliveries(subscription.id()).get(0).get("status"));
            assertEquals(0, sender.sendDue(), "a disabled subscription gets nothing");
        }
    }

    @Test
    void shouldDeliverPublicArticleEventsOnly() {
        try (WebhookReceiver receiver = WebhookReceiver.start()) {
            var subscription = subscribe(receiver.url(), "article.published", "article.updated");
            String articleId = UUID.randomUUID().toString();
            long after = feedPosition();
            articles.stubFor(get(urlPathEqualTo("/events"))
                    .withQueryParam("after", WireMock.equalTo(Long.toString(after)))
                    .willReturn(okJson(page(articleEvent(after + 1, "article.updated", articleId, false),
                            articleEvent(after + 2, "article.published", articleId, true)))));
            articles.stubFor(get(urlPathEqualTo("/events"))
                    .withQueryParam("after", WireMock.equalTo(Long.toString(after + 2)))
                    .willReturn(okJson("{\"items\": []}")));

            assertEquals(2, dispatcher.dispatchArticleEvents());
            sender.sendDue();

            assertEquals(List.of("article.published"), types(receiver));
            assertTrue(receiver.received().get(0).signedWith(subscription.secret()));
            assertEquals(after + 2, feedPosition());
        }
    }

    /** The data of the claim's creation event as an anonymous reader gets it from {@code GET /events}. */
    private JsonNode publicEventData(String claimId) {
        List<Map<String, Object>> events = given().queryParam("limit", 500)
                .queryParam("after", Math.max(0, lastEventId() - 100))
                .when().get("/events").then().statusCode(200).extract().path("items");
        return json.valueToTree(events.stream().filter(event -> claimId.equals(event.get("subjectId")))
                .findFirst().orElseThrow().get("data"));
    }

    private long lastEventId() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                "select coalesce(max(id), 0) from claim_event").getSingleResult()).longValue());
    }

    private static JsonNode withoutIds(JsonNode data) {
        ObjectNode copy = data.deepCopy();
        copy.remove(List.of("claimId", "articleId"));
        return copy;
    }

    private long feedPosition() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                "select coalesce(max(last_event_id), 0) from feed_position where feed = 'webhooks:articles'")
                .getSingleResult()).longValue());
    }

    private void expireLeases(String subscriptionId) {
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                        "update webhook_subscription set leased_until = now() - interval '1 second' where id = ?1")
                .setParameter(1, UUID.fromString(subscriptionId)).executeUpdate());
    }

    private List<String> types(WebhookReceiver receiver) {
        return receiver.received().stream().map(received -> read(received.body()).path("type").asText()).toList();
    }

    private List<String> claimIds(WebhookReceiver receiver) {
        return receiver.received().stream()
                .map(received -> read(received.body()).path("data").path("claimId").asText()).toList();
    }

    private JsonNode read(String body) {
        try {
            return json.readTree(body);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private String page(Map<String, Object>... events) {
        try {
            return json.writeValueAsString(Map.of("items", List.of(events)));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Object> articleEvent(long id, String type, String articleId, boolean visible) {
        return Map.of("id", id, "type", type, "occurredAt", java.time.Instant.now().toString(), "subjectId", articleId,
                "articleId", articleId, "public", visible,
                "data", Map.of("slug", "kyiv", "title", "Missilfragmenter traff boligblokker i Kyiv",
                        "status", visible ? "PUBLISHED" : "DRAFT"));
    }
}
