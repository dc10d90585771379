package no.newsroom.claims.rest;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static no.newsroom.claims.rest.ClaimRequests.aClaim;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import no.newsroom.support.testing.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ClaimMatchesResourceTest {

    private static final String ENGLISH_REPEAT = "Ukrainian authorities say they have shot down four Russian "
            + "aircraft, including three helicopters, over the past day.";
    private static final String LATER_TALLY = "Ukraine's military now says it has downed 7 Russian aircraft in the "
            + "past 48 hours.";

    /** Each test's claims are reported 200 days after the previous test's, far outside each other's time window. */
    private static final AtomicInteger TESTS = new AtomicInteger();

    private Instant monday;

    @BeforeEach
    void pickAnUnusedDay() {
        monday = Instant.parse("2031-01-05T08:00:00Z").plus(200L * TESTS.getAndIncrement(), ChronoUnit.DAYS);
    }

    private String claimAt(String statement, String claimant, String language, Instant reportedAt) {
        return ClaimSteps.create(aClaim().with("statement", statement).with("claimant", claimant)
                .with("language", language).with("reportedAt", reportedAt.toString())
                .with("anchor", Map.of("blockId", UUID.randomUUID().toString(), "start", 0,
                        "end", statement.length(), "quote", statement)));
    }

    private String kyivClaim() {
        return claimAt(ClaimRequests.AIRCRAFT_QUOTE, "Ukrainske myndigheter", "nb", monday);
    }

    private static JsonPath matchesOf(String id) {
        return given().auth().oauth2(TestTokens.editor()).when().get("/claims/" + id + "/matches")
                .then().statusCode(200).extract().jsonPath();
    }

    private static ValidatableResponse decide(String id, String otherId, String decision,
                                                                       String relation) {
        var body = relation == null ? Map.of("decision", decision) : Map.of("decision", decision, "relation", relation);
        return given().auth().oauth2(TestTokens.verifier()).contentType(ContentType.JSON).body(body)
                .when().post("/claims/" + id + "/matches/" + otherId).then();
    }

    @Test
    void shouldSuggestTheEnglishRepeatInAnotherArticleAsTheSameClaimForBothClaims() {
        String kyiv = kyivClaim();
        String repeat = claimAt(ENGLISH_REPEAT, "Ukrainian authorities", "en", monday.plus(2, ChronoUnit.HOURS));

        JsonPath ofRepeat = matchesOf(repeat);
        JsonPath ofKyiv = matchesOf(kyiv);

        List<String> others = ofRepeat.getList("items.claim.id");
        assertThat(others, hasItem(kyiv));
        String relation = ofRepeat.getString("items.find { it.claim.id == '" + kyiv + "' }.relation");
        String state = ofRepeat.getString("items.find { it.claim.id == '" + kyiv + "' }.state");
        assertEquals("SAME", relation);
        assertEquals("SUGGESTED", state);
        assertEquals("SAME",
                ofKyiv.getString("items.find { it.claim.id == '" + repeat + "' }.relation"));
    }

    @Test
    void shouldSuggestTheSameClaimantsLaterFigureAsAnUpdate() {
        String kyiv = kyivClaim();
        String tally = claimAt(LATER_TALLY, "Ukraine's military", "en", monday.plus(25, ChronoUnit.HOURS));

        assertEquals("UPDATE",
                matchesOf(tally).getString("items.find { it.claim.id == '" + kyiv + "' }.relation"));
    }

    @Test
    void shouldNotMatchClaimsOutsideTheTimeWindow() {
        String kyiv = kyivClaim();
        String muchLater = claimAt(ENGLISH_REPEAT, "Ukrainian authorities", "en", monday.plus(90, ChronoUnit.DAYS));

        assertThat(matchesOf(muchLater).getList("items.claim.id"), not(hasItem(kyiv)));
    }

    @Test
    void shouldConfirmAMatchForBothClaimsAndRecordItInBothHistories() {
        String kyiv = kyivClaim();
        String repeat = claimAt(ENGLISH_REPEAT, "Ukrainian authorities", "en", monday.plus(2, ChronoUnit.HOURS));

        decide(repeat, kyiv, "CONFIRMED", null).statusCode(200)
                .body("claim.id", equalTo(kyiv))
                .body("relation", equalTo("SAME"))
                .body("state", equalTo("CONFIRMED"))
                .body("decidedBy", equalTo("vera"))
                .body("decidedAt", notNullValue());

        assertEquals("CONFIRMED",
                matchesOf(kyiv).getString("items.find { it.claim.id == '" + repeat + "' }.state"));
        for (String id : List.of(kyiv, repeat)) {
            given().auth().oauth2(TestTokens.editor()).when().get("/claims/" + id + "/history")
                    .then().statusCode(200)
                    .body("items.action", hasItem("match-confirmed"));
        }
    }

    @Test
    void shouldBuildATimelineFromConfirmedUpdatesAndLetTheNewerFigureSupersedeTheOlder() {
        String kyiv = kyivClaim();
        String tally = claimAt(LATER_TALLY, "Ukraine's military", "en", monday.plus(25, ChronoUnit.HOURS));
        String unconfirmed = claimAt("Ukrainian authorities now say nine Russian aircraft have been shot down.",
                "Ukrainian authorities", "en", monday.plus(49, ChronoUnit.HOURS));

        decide(kyiv, tally, "CONFIRMED", null).statusCode(200).body("relation", equalTo("UPDATE"));

        given().auth().oauth2(TestTokens.editor()).when().get("/claims/" + tally + "/timeline")
                .then().statusCode(200)
                .body("items.claimId", equalTo(List.of(kyiv, tally)))
                .body("items[0].claimant", equalTo("Ukrainske myndigheter"))
                .body("items[0].supersededBy", equalTo(tally))
                .body("items[1].statement", equalTo(LATER_TALLY))
                .body("items.claimId", not(hasItem(unconfirmed)));
        given().auth().oauth2(TestTokens.editor()).when().get("/claims/" + kyiv)
                .then().statusCode(200).body("supersededBy", equalTo(tally));
        given().auth().oauth2(TestTokens.reader()).when().get("/claims/" + kyiv + "/timeline")
                .then().statusCode(403);
    }

    @Test
    void shouldShowTheNewerFigureAndWhereItComesFromOnTheSupersededClaim() {
        String publishedArticle = UUID.randomUUID().toString();
        PublishedArticles.publish(publishedArticle);
        String laterArticle = UUID.randomUUID().toString();
        String kyiv = ClaimSteps.create(aClaim().with("articleId", publishedArticle)
                .with("reportedAt", monday.toString()).exact(4, "aircraft"));
        Instant dayLater = monday.plus(25, ChronoUnit.HOURS);
        String tally = ClaimSteps.create(aClaim().with("articleId", laterArticle).with("statement", LATER_TALLY)
                .with("claimant", "Ukraine's military").with("language", "en")
                .with("reportedAt", dayLater.toString()).exact(7, "aircraft")
                .with("anchor", Map.of("blockId", UUID.randomUUID().toString(), "start", 0,
                        "end", LATER_TALLY.length(), "quote", LATER_TALLY)));

        decide(kyiv, tally, "CONFIRMED", "UPDATE").statusCode(200);

        given().auth().oauth2(TestTokens.editor()).when().get("/claims/" + kyiv)
                .then().statusCode(200)
                .body("newerFigure.claimId", equalTo(tally))
                .body("newerFigure.articleId", equalTo(laterArticle))
                .body("newerFigure.claimant", equalTo("Ukraine's military"))
                .body("newerFigure.reportedAt", equalTo(dayLater.toString()))
                .body("newerFigure.quantities[0].value", equalTo(7))
                .body("newerFigure.quantities[0].unit", equalTo("aircraft"));
        given().auth().oauth2(TestTokens.reader()).when().get("/claims/by-article/" + publishedArticle)
                .then().statusCode(200)
                .body("items.find { it.id == '" + kyiv + "' }.supersededBy", equalTo(tally))
                .body("items.find { it.id == '" + kyiv + "' }.newerFigure", nullValue());

        PublishedArticles.publish(laterArticle);

        given().auth().oauth2(TestTokens.reader()).when().get("/claims/by-article/" + publishedArticle)
                .then().statusCode(200)
                .body("items.find { it.id == '" + kyiv + "' }.newerFigure.claimId", equalTo(tally))
                .body("items.find { it.id == '" + kyiv + "' }.newerFigure.quantities[0].value", equalTo(7));
        given().auth().oauth2(TestTokens.editor()).when().get("/claims/" + tally)
                .then().statusCode(200).body("newerFigure", nullValue());
    }

    @Test
    void shouldFlagAnUnresolvedConflictAndFilterByItUntilTheConflictIsRejected() {
        String kyiv = kyivClaim();
        String denial = claimAt("Moskva avviser at noen russiske fly er skutt ned over Kyiv.", "Moskva", "nb",
                monday.plus(4, ChronoUnit.HOURS));

        for (String id : List.of(kyiv, denial)) {
            given().auth().oauth2(TestTokens.editor()).when().get("/claims/" + id)
                    .then().statusCode(200).body("conflict", equalTo(true));
        }
        assertThat(conflictingClaims(), hasItem(denial));
        long conflictsInQueue = given().auth().oauth2(TestTokens.verifier()).when().get("/review-queue")
                .then().statusCode(200).extract().jsonPath().getLong("conflicts");
        assertEquals(conflictingClaims().size(), conflictsInQueue);
        given().auth().oauth2(TestTokens.reader()).queryParam("conflict", true).when().get("/claims")
                .then().statusCode(403).contentType("application/problem+json");

        decide(kyiv, denial, "REJECTED", null).statusCode(200);

        given().auth().oauth2(TestTokens.editor()).when().get("/claims/" + denial)
                .then().statusCode(200).body("conflict", equalTo(false));
        assertThat(conflictingClaims(), not(hasItem(denial)));
    }

    /** Every claim the conflict filter lists, page by page. */
    private static List<String> conflictingClaims() {
        List<String> ids = new ArrayList<>();
        String cursor = null;
        do {
            var request = given().auth().oauth2(TestTokens.editor()).queryParam("conflict", true)
                    .queryParam("limit", 100);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonPath page = request.when().get("/claims").then().statusCode(200).extract().jsonPath();
            ids.addAll(page.getList("items.id"));
            cursor = page.getString("nextCursor");
        } while (cursor != null);
        return ids;
    }

    @Test
    void shouldKeepADecisionWhenTheClaimIsMatchedAgain() {
        String kyiv = kyivClaim();
        String repeat = claimAt(ENGLISH_REPEAT, "Ukrainian authorities", "en", monday.plus(2, ChronoUnit.HOURS));
        decide(repeat, kyiv, "REJECTED", "RELATED").statusCode(200).body("relation", equalTo("RELATED"));

        claimAt(ENGLISH_REPEAT, "Ukrainian authorities", "en", monday.plus(3, ChronoUnit.HOURS));

        JsonPath ofKyiv = matchesOf(kyiv);
        assertEquals("REJECTED",
                ofKyiv.getString("items.find { it.claim.id == '" + repeat + "' }.state"));
        assertEquals(2, ofKyiv.getList("items").size());
    }

    @Test
    void shouldAnswer404ForClaimsWithoutAMatch() {
        String kyiv = kyivClaim();
        String unrelated = claimAt("Oslo kommune vil bruke fire millioner kroner på nye skoler.", "Oslo kommune", "nb",
                monday);

        decide(kyiv, unrelated, "CONFIRMED", null).statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.editor()).when().get("/claims/" + UUID.randomUUID() + "/matches")
                .then().statusCode(404);
    }

    @Test
    void shouldRejectAnUnknownDecision() {
        String kyiv = kyivClaim();
        String repeat = claimAt(ENGLISH_REPEAT, "Ukrainian authorities", "en", monday.plus(2, ChronoUnit.HOURS));

        decide(repeat, kyiv, "SUGGESTED", null).statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("decision"));
        decide(repeat, kyiv, "CONFIRMED", "UNRELATED").statusCode(400).body("errors[0].field", equalTo("relation"));
    }

    @Test
    void shouldShowMatchesToStaffOnly() {
        String kyiv = kyivClaim();

        given().auth().oauth2(TestTokens.reader()).when().get("/claims/" + kyiv + "/matches")
                .then().statusCode(403);
        given().auth().oauth2(TestTokens.reader()).contentType(ContentType.JSON).body(Map.of("decision", "CONFIRMED"))
                .when().post("/claims/" + kyiv + "/matches/" + UUID.randomUUID())
                .then().statusCode(403);
        given().auth().oauth2(TestTokens.editor()).when().get("/claims/" + kyiv + "/matches")
                .then().statusCode(200).body("items", hasSize(0));
    }
}
