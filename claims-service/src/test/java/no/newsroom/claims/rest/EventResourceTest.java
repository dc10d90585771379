package no.newsroom.claims.rest;

import io.quarkus.test.junit.QuarkusTest;
import no.newsroom.support.testing.TestTokens;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static no.newsroom.claims.rest.ClaimRequests.aClaim;
import static no.newsroom.claims.rest.ClaimSteps.addEvidence;
import static no.newsroom.claims.rest.ClaimSteps.approve;
import static no.newsroom.claims.rest.ClaimSteps.create;
import static no.newsroom.claims.rest.ClaimSteps.moveTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class EventResourceTest {

    @Test
    void shouldPublishEveryChangeToStaffAndOnlyPublicOnesToReaders() {
        long before = lastEventId();
        String id = create(aClaim().onPublishedArticle());
        addEvidence(id, true);
        moveTo(id, "IN_REVIEW");
        moveTo(id, "CONFIRMED");
        approve(id, TestTokens.secondVerifier()).then().statusCode(200);

        List<Map<String, Object>> staff = events(TestTokens.editor(), before, id);
        assertEquals(List.of("claim.created", "claim.evidenceAdded", "claim.statusChanged", "claim.statusChanged",
                "claim.approved"), staff.stream().map(event -> event.get("type")).toList());
        assertEquals(List.of(true, false, true, false, true), staff.stream().map(event -> event.get("public")).toList());
        @SuppressWarnings("unchecked")
        Map<String, Object> proposed = (Map<String, Object>) staff.get(3).get("data");
        assertEquals(Map.of("from", "IN_REVIEW", "to", "CONFIRMED", "status", "CONFIRMED", "publicStatus",
                "IN_REVIEW", "pendingApproval", true), proposed);

        List<Map<String, Object>> anonymous = events(null, before, id);
        assertEquals(List.of("claim.created", "claim.statusChanged", "claim.approved"),
                anonymous.stream().map(event -> event.get("type")).toList());
        assertTrue(anonymous.stream().allMatch(event -> Boolean.TRUE.equals(event.get("public"))));
    }

    @Test
    void shouldGiveReadersOnlyTheOldAndNewPublicStatusOfAChange() {
        long before = lastEventId();
        String id = ClaimSteps.confirmedAndApproved(aClaim().onPublishedArticle());

        List<Object> publicData = events(null, before, id).stream().map(event -> event.get("data")).toList();

        assertEquals(List.of(
                Map.of("publicStatus", "UNVERIFIED", "claimReviewed",
                        "Ukraina skjøt ned fire russiske fly, blant dem tre helikoptre, det siste døgnet"),
                Map.of("from", "UNVERIFIED", "to", "IN_REVIEW", "publicStatus", "IN_REVIEW"),
                Map.of("from", "IN_REVIEW", "to", "CONFIRMED", "publicStatus", "CONFIRMED")), publicData);
    }

    @Test
    void shouldKeepTheEventsOfADraftsClaimsFromReaders() {
        long before = lastEventId();
        String articleId = UUID.randomUUID().toString();
        PublishedArticles.record(articleId, "DRAFT");
        String id = create(aClaim().with("articleId", articleId));
        moveTo(id, "IN_REVIEW");

        assertEquals(List.of(), events(null, before, id));
        List<Map<String, Object>> staff = events(TestTokens.editor(), before, id);
        assertEquals(List.of("claim.created", "claim.statusChanged"),
                staff.stream().map(event -> event.get("type")).toList());
        assertEquals(List.of(false, false), staff.stream().map(event -> event.get("public")).toList());
    }

    @Test
    void shouldHideAClaimsPublicEventsAgainWhenItsArticleIsUnpublished() {
        long before = lastEventId();
        String articleId = UUID.randomUUID().toString();
        PublishedArticles.publish(articleId);
        String id = create(aClaim().with("articleId", articleId));
        assertEquals(1, events(null, before, id).size());

        PublishedArticles.record(articleId, "DRAFT");

        assertEquals(List.of(), events(null, before, id));
    }

    @Test
    void shouldRejectALimitAboveFiveHundred() {
        given().queryParam("limit", 501).when().get("/events").then().statusCode(400);
    }

    static long lastEventId() {
        List<Integer> ids = given().auth().oauth2(TestTokens.editor()).queryParam("limit", 500)
                .when().get("/events").then().statusCode(200).extract().path("items.id");
        long last = ids.isEmpty() ? 0 : ids.get(ids.size() - 1);
        while (ids.size() == 500) {
            ids = given().auth().oauth2(TestTokens.editor()).queryParam("after", last).queryParam("limit", 500)
                    .when().get("/events").then().statusCode(200).extract().path("items.id");
            last = ids.isEmpty() ? last : ids.get(ids.size() - 1);
        }
        return last;
    }

    private static List<Map<String, Object>> events(String token, long after, String subjectId) {
        var request = token == null ? given() : given().auth().oauth2(token);
        List<Map<String, Object>> items = request.queryParam("after", after).queryParam("limit", 500)
                .when().get("/events").then().statusCode(200).extract().path("items");
        return items.stream().filter(event -> subjectId.equals(event.get("subjectId"))).toList();
    }
}
