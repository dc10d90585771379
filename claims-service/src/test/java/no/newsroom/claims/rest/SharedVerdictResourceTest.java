package no.newsroom.claims.rest;

import static io.restassured.RestAssured.given;
import static no.newsroom.claims.rest.ClaimRequests.aClaim;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import no.newsroom.support.testing.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SharedVerdictResourceTest {

    private static final String ENGLISH_REPEAT = "Ukrainian authorities say they have shot down four Russian "
            + "aircraft, including three helicopters, over the past day.";
    private static final String SECOND_REPEAT = "Ukraine says it shot down four Russian aircraft, three of them "
            + "helicopters, in the past 24 hours.";

    /** Each test's claims are reported 200 days after the previous test's, far outside each other's time window. */
    private static final AtomicInteger TESTS = new AtomicInteger();

    private Instant monday;

    @BeforeEach
    void pickAnUnusedDay() {
        monday = Instant.parse("2061-01-03T08:00:00Z").plus(200L * TESTS.getAndIncrement(), ChronoUnit.DAYS);
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

    private String englishRepeat(int hoursLater) {
        return claimAt(ENGLISH_REPEAT, "Ukrainian authorities", "en", monday.plus(hoursLater, ChronoUnit.HOURS));
    }

    private static void confirm(String id, String otherId, String relation) {
        given().auth().oauth2(TestTokens.verifier()).contentType(ContentType.JSON)
                .body(Map.of("decision", "CONFIRMED", "relation", relation))
                .when().post("/claims/" + id + "/matches/" + otherId)
                .then().statusCode(200).body("state", equalTo("CONFIRMED"));
    }

    /** vera proposes CONFIRMED on independent evidence, viktor approves it. */
    private static void confirmAndApprove(String id) {
        ClaimSteps.addEvidence(id, true);
        ClaimSteps.moveTo(id, "IN_REVIEW");
        ClaimSteps.moveTo(id, "CONFIRMED");
        ClaimSteps.approve(id, TestTokens.secondVerifier()).then().statusCode(200);
    }

    private static JsonPath staffView(String id) {
        return given().auth().oauth2(TestTokens.editor()).when().get("/claims/" + id)
                .then().statusCode(200).extract().jsonPath();
    }

    @Test
    void shouldProposeAnApprovedVerdictOnEveryOpenClaimOfTheSameGroupWithTheApproverAsProposer() {
        String kyiv = kyivClaim();
        String repeat = englishRepeat(2);
        String repeatOfRepeat = claimAt(SECOND_REPEAT, "Ukraine", "en", monday.plus(3, ChronoUnit.HOURS));
        confirm(kyiv, repeat, "SAME");
        confirm(repeat, repeatOfRepeat, "SAME");

        confirmAndApprove(kyiv);

        for (String id : List.of(repeat, repeatOfRepeat)) {
            JsonPath claim = staffView(id);
            assertEquals("CONFIRMED", claim.getString("status"));
            assertEquals("UNVERIFIED", claim.getString("publicStatus"));
            assertEquals(true, claim.getBoolean("pendingApproval"));
            assertEquals("viktor", claim.getString("proposedBy"));
            assertEquals("Checked against CONFIRMED sources", claim.getString("verdictRationale"));
            assertEquals(kyiv, claim.getString("verdictSharedFrom"));
        }
    }

    @Test
    void shouldCopyTheEvidenceAsReliedOnEvidenceTakenFromTheSourceAndRecordItInBothHistories() {
        String kyiv = kyivClaim();
        String repeat = englishRepeat(2);
        confirm(kyiv, repeat, "SAME");

        confirmAndApprove(kyiv);

        given().auth().oauth2(TestTokens.editor()).when().get("/claims/" + repeat + "/evidence")
                .then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].claimId", equalTo(repeat))
                .body("items[0].takenFrom", equalTo(kyiv))
                .body("items[0].independent", equalTo(true))
                .body("items[0].reliedOn", equalTo(true))
                .body("items[0].description", equalTo("Reuters confirms the figures"));
        given().auth().oauth2(TestTokens.editor()).when().get("/claims/" + repeat + "/history")
                .then().statusCode(200)
                .body("items.find { it.action == 'verdict-shared' }.actor", equalTo("viktor"))
                .body("items.find { it.action == 'verdict-shared' }.from", equalTo("UNVERIFIED"))
                .body("items.find { it.action == 'verdict-shared' }.to", equalTo("CONFIRMED"))
                .body("items.find { it.action == 'verdict-shared' }.reason", startsWith("shared from claim " + kyiv));
        given().auth().oauth2(TestTokens.editor()).when().get("/claims/" + kyiv + "/history")
                .then().statusCode(200)
                .body("items.find { it.action == 'verdict-shared' }.to", equalTo(repeat));
    }

    @Test
    void shouldNeedASecondVerifierOtherThanTheApproverWhoseVerdictWasShared() {
        String kyiv = kyivClaim();
        String repeat = englishRepeat(2);
        confirm(kyiv, repeat, "SAME");
        confirmAndApprove(kyiv);

        ClaimSteps.approve(repeat, TestTokens.secondVerifier()).then().statusCode(403)
                .contentType("application/problem+json");
        ClaimSteps.approve(repeat, TestTokens.verifier()).then().statusCode(200)
                .body("publicStatus", equalTo("CONFIRMED"))
                .body("approvedBy", equalTo("vera"));
    }

    @Test
    void shouldLockTheTextOfAClaimWithASharedVerdict() {
        String kyiv = kyivClaim();
        String repeat = englishRepeat(2);
        confirm(kyiv, repeat, "SAME");
        confirmAndApprove(kyiv);

        ClaimEditResourceTest.patch(TestTokens.editor(), repeat, Map.of("statement", "Something else entirely."))
                .then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    void shouldLeaveWithdrawnClaimsClaimsWithAVerdictAndUnconfirmedOrOtherMatchesAlone() {
        String kyiv = kyivClaim();
        String withdrawn = englishRepeat(1);
        String reviewed = englishRepeat(2);
        String onlySuggested = englishRepeat(3);
        String laterTally = claimAt("Ukraine's military now says it has downed 7 Russian aircraft in the past 48 "
                + "hours.", "Ukraine's military", "en", monday.plus(25, ChronoUnit.HOURS));
        confirm(kyiv, withdrawn, "SAME");
        confirm(kyiv, reviewed, "SAME");
        confirm(kyiv, laterTally, "UPDATE");
        ClaimSteps.withdraw(withdrawn, "duplicate");
        ClaimSteps.addEvidence(reviewed, false);
        ClaimSteps.moveTo(reviewed, "IN_REVIEW");
        ClaimSteps.moveTo(reviewed, "MISLEADING");

        confirmAndApprove(kyiv);

        assertEquals("UNVERIFIED", staffView(withdrawn).getString("status"));
        assertEquals("MISLEADING", staffView(reviewed).getString("status"));
        assertEquals("vera", staffView(reviewed).getString("proposedBy"));
        assertEquals("UNVERIFIED", staffView(onlySuggested).getString("status"));
        assertEquals("UNVERIFIED", staffView(laterTally).getString("status"));
    }

    @Test
    void shouldListSharedVerdictsFirstInTheReviewQueueUntilApproved() {
        String kyiv = kyivClaim();
        String articleId = staffView(kyiv).getString("articleId");
        String repeat = claimAt(ENGLISH_REPEAT, "Ukrainian authorities", "en", monday.plus(2, ChronoUnit.HOURS));
        String unverifiedOnTheSameArticle = ClaimSteps.create(aClaim().with("articleId", articleId));
        String repeatOnTheSameArticle = ClaimSteps.create(aClaim().with("articleId", articleId)
                .with("statement", ENGLISH_REPEAT).with("claimant", "Ukrainian authorities").with("language", "en")
                .with("reportedAt", monday.plus(2, ChronoUnit.HOURS).toString())
                .with("anchor", Map.of("blockId", UUID.randomUUID().toString(), "start", 0,
                        "end", ENGLISH_REPEAT.length(), "quote", ENGLISH_REPEAT)));
        confirm(kyiv, repeat, "SAME");
        confirm(repeat, repeatOnTheSameArticle, "SAME");

        confirmAndApprove(repeat);

        String cursor = given().auth().oauth2(TestTokens.verifier()).queryParam("articleId", articleId)
                .queryParam("limit", 2).when().get("/review-queue")
                .then().statusCode(200)
                .body("total", equalTo(3))
                .body("items.id", containsInAnyOrder(kyiv, repeatOnTheSameArticle))
                .extract().path("nextCursor");
        given().auth().oauth2(TestTokens.verifier()).queryParam("articleId", articleId).queryParam("cursor", cursor)
                .when().get("/review-queue")
                .then().statusCode(200)
                .body("items.id", contains(unverifiedOnTheSameArticle))
                .body("nextCursor", nullValue());

        ClaimSteps.approve(kyiv, TestTokens.verifier()).then().statusCode(200);

        given().auth().oauth2(TestTokens.verifier()).queryParam("articleId", articleId)
                .when().get("/review-queue")
                .then().statusCode(200)
                .body("items.id", contains(repeatOnTheSameArticle, unverifiedOnTheSameArticle));
    }

    @Test
    void shouldPublishOneStaffEventNamingEveryAffectedClaimArticleAndBlock() {
        String kyiv = ClaimSteps.create(aClaim().onPublishedArticle().with("reportedAt", monday.toString()));
        String repeat = englishRepeat(2);
        confirm(kyiv, repeat, "SAME");
        long before = EventResourceTest.lastEventId();

        confirmAndApprove(kyiv);

        JsonPath events = given().auth().oauth2(TestTokens.editor()).queryParam("after", before)
                .queryParam("limit", 500).when().get("/events").then().statusCode(200).extract().jsonPath();
        assertEquals(1, events.getList("items.findAll { it.type == 'claim.verdictShared' }").size());
        String event = "items.find { it.type == 'claim.verdictShared' }";
        assertEquals(kyiv, events.getString(event + ".subjectId"));
        assertEquals(kyiv, events.getString(event + ".data.from"));
        assertEquals("CONFIRMED", events.getString(event + ".data.verdict"));
        assertThat(events.getList(event + ".data.claims.claimId"), containsInAnyOrder(kyiv, repeat));
        for (String id : List.of(kyiv, repeat)) {
            JsonPath claim = staffView(id);
            String affected = event + ".data.claims.find { it.claimId == '" + id + "' }";
            assertEquals(claim.getString("articleId"), events.getString(affected + ".articleId"));
            assertEquals(claim.getString("anchor.blockId"), events.getString(affected + ".blockId"));
        }
        List<String> publicTypes = given().queryParam("after", before).queryParam("limit", 500)
                .when().get("/events").then().statusCode(200).extract().path("items.type");
        assertThat(publicTypes, everyItem(not(equalTo("claim.verdictShared"))));
        assertThat(publicTypes, hasItem("claim.approved"));
    }
}
