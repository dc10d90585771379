package no.newsroom.claims.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import no.newsroom.claims.service.ArticleFeedConsumer;
import no.newsroom.claims.service.AnchorMaintenanceService;
import no.newsroom.support.testing.TestTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static no.newsroom.claims.rest.ClaimRequests.AIRCRAFT_QUOTE;
import static no.newsroom.claims.rest.ClaimRequests.aClaim;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class AnchorRelocationFeedTest {

    @ArticlesServiceStub.InjectArticlesService
    WireMockServer articles;

    @Inject
    ArticleFeedConsumer feed;

    @Inject
    AnchorMaintenanceService anchors;

    @AfterEach
    void resetStub() {
        articles.resetAll();
    }

    @Test
    void shouldReadTheFeedWithAShortLivedServiceToken() throws IOException {
        deliver(blockChanged(UUID.randomUUID(), "edited", "Ingen krav her."));

        String authorization = articles.findAll(WireMock.getRequestedFor(urlPathEqualTo("/events"))).get(0)
                .getHeader("Authorization");
        assertTrue(authorization.startsWith("Bearer "), authorization);
        JsonNode claims = new ObjectMapper().readTree(
                Base64.getUrlDecoder().decode(authorization.substring("Bearer ".length()).split("\\.")[1]));
        assertEquals("[\"service\"]", claims.path("groups").toString());
        assertEquals("claims-service", claims.path("upn").asText());
        assertEquals(TestTokens.AUDIENCE, claims.path("aud").asText());
        assertEquals(300, claims.path("exp").asLong() - claims.path("iat").asLong());
    }

    @Test
    void shouldMoveTheAnchorWhenItsBlockIsEditedAroundTheQuote() {
        UUID blockId = UUID.randomUUID();
        String id = ClaimSteps.create(aClaim().with("anchor", anchor(blockId)));
        String prefix = "Oppdatert: ";

        deliver(blockChanged(blockId, "edited", prefix + AIRCRAFT_QUOTE));

        given().auth().oauth2(TestTokens.editor()).when().get("/claims/" + id)
                .then().statusCode(200)
                .body("anchor.start", equalTo(prefix.length()))
                .body("anchor.end", equalTo(prefix.length() + AIRCRAFT_QUOTE.length()))
                .body("anchorLost", equalTo(false));
        given().auth().oauth2(TestTokens.editor()).when().get("/claims/" + id + "/history")
                .then().statusCode(200)
                .body("items[1].action", equalTo("anchor.changed"))
                .body("items[1].from", equalTo("0.." + AIRCRAFT_QUOTE.length()));
    }

    @Test
    void shouldFollowALightlyRewordedQuote() {
        UUID blockId = UUID.randomUUID();
        String id = ClaimSteps.create(aClaim().with("anchor", anchor(blockId)));
        String reworded = AIRCRAFT_QUOTE.replace("blant dem", "blant disse");

        deliver(blockChanged(blockId, "edited", reworded));

        given().auth().oauth2(TestTokens.editor()).when().get("/claims/" + id)
                .then().statusCode(200)
                .body("anchor.quote", equalTo(reworded.strip()))
                .body("anchorLost", equalTo(false));
    }

    @Test
    void shouldFlagTheAnchorLostWhenTheQuoteIsGoneOrTheBlockRemoved() {
        UUID editedBlock = UUID.randomUUID();
        UUID removedBlock = UUID.randomUUID();
        String rewritten = ClaimSteps.create(aClaim().with("anchor", anchor(editedBlock)));
        String removed = ClaimSteps.create(aClaim().with("anchor", anchor(removedBlock)));

        deliver(blockChanged(editedBlock, "edited", "Myndighetene vil ikke kommentere tallene."),
                blockChanged(removedBlock, "removed", null));

        for (String id : List.of(rewritten, removed)) {
            given().auth().oauth2(TestTokens.editor()).when().get("/claims/" + id)
                    .then().statusCode(200)
                    .body("anchorLost", equalTo(true))
                    .body("anchor.quote", equalTo(AIRCRAFT_QUOTE));
        }
    }

    @Test
    void shouldShowReadersTheClaimsOfAnArticleOnlyWhileTheFeedReportsItPublished() {
        UUID articleId = UUID.randomUUID();
        String id = ClaimSteps.create(aClaim().with("articleId", articleId.toString()));
        given().when().get("/claims/" + id).then().statusCode(404);
        long eventsBefore = EventResourceTest.lastEventId();

        deliver(statusChanged(articleId, "article.created", "DRAFT"), statusChanged(articleId, "article.published",
                "PUBLISHED"));
        given().when().get("/claims/" + id).then().statusCode(200);
        given().when().get("/claims/by-article/" + articleId).then().statusCode(200).body("total", equalTo(1));

        given().auth().oauth2(TestTokens.editor()).queryParam("after", eventsBefore).when().get("/events")
                .then().statusCode(200)
                .body("items.findAll { it.subjectId == '" + articleId + "' }.type",
                        org.hamcrest.Matchers.contains("claim.visibilityChanged"));

        deliver(statusChanged(articleId, "article.unpublished", "DRAFT"));
        given().when().get("/claims/" + id).then().statusCode(404);
        given().when().get("/claims/by-article/" + articleId).then().statusCode(200).body("total", equalTo(0));
        given().auth().oauth2(TestTokens.editor()).when().get("/claims/" + id).then().statusCode(200);
    }

    @Test
    void shouldCarryOnWhenArticlesServiceIsDown() {
        long before = anchors.lastProcessedEvent();
        articles.stubFor(get(urlPathEqualTo("/events")).willReturn(aResponse().withStatus(503)));

        assertEquals(0, feed.pollOnce());
        assertEquals(before, anchors.lastProcessedEvent());
    }

    private void deliver(Map<String, Object>... events) {
        long after = anchors.lastProcessedEvent();
        List<Map<String, Object>> items = new java.util.ArrayList<>();
        for (int i = 0; i < events.length; i++) {
            Map<String, Object> event = new java.util.HashMap<>(events[i]);
            event.put("id", after + i + 1);
            items.add(event);
        }
        articles.stubFor(get(urlPathEqualTo("/events")).withQueryParam("after", WireMock.equalTo(Long.toString(after)))
                .willReturn(okJson(toJson(Map.of("items", items, "nextCursor", "", "total", items.size())))));
        articles.stubFor(get(urlPathEqualTo("/events"))
                .withQueryParam("after", WireMock.equalTo(Long.toString(after + events.length)))
                .willReturn(okJson("{\"items\": [], \"nextCursor\": null, \"total\": 0}")));

        assertEquals(events.length, feed.pollOnce());
        assertEquals(after + events.length, anchors.lastProcessedEvent());
    }

    private static Map<String, Object> blockChanged(UUID blockId, String change, String text) {
        Map<String, Object> data = new java.util.HashMap<>();
        data.put("blockId", blockId.toString());
        data.put("change", change);
        data.put("text", text);
        return Map.of("type", "article.blockChanged", "occurredAt", "2022-03-15T10:00:00Z",
                "subjectId", UUID.randomUUID().toString(), "articleId", UUID.randomUUID().toString(),
                "public", true, "data", data);
    }

    private static Map<String, Object> statusChanged(UUID articleId, String type, String status) {
        return Map.of("type", type, "occurredAt", "2022-03-15T10:00:00Z", "subjectId", articleId.toString(),
                "articleId", articleId.toString(), "public", "PUBLISHED".equals(status),
                "data", Map.of("slug", "kyiv", "title", "Kyiv", "status", status, "version", 1, "revision", 1));
    }

    private static Map<String, Object> anchor(UUID blockId) {
        return Map.of("blockId", blockId.toString(), "start", 0, "end", AIRCRAFT_QUOTE.length(),
                "quote", AIRCRAFT_QUOTE);
    }

    private static String toJson(Object value) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(value);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
