package no.newsroom.claims.rest;

import io.quarkus.test.junit.QuarkusTest;
import no.newsroom.support.testing.TestTokens;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static no.newsroom.claims.rest.ClaimRequests.aClaim;
import static no.newsroom.claims.rest.ClaimSteps.create;
import static no.newsroom.claims.rest.ClaimSteps.moveTo;
import static no.newsroom.claims.rest.ClaimSteps.withdraw;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class ClaimListAndQueueResourceTest {

    @Test
    void shouldFilterByClaimantIgnoringCase() {
        String claimant = "Forsvarsdepartementet " + UUID.randomUUID();
        String id = create(aClaim().with("claimant", claimant));

        given().auth().oauth2(TestTokens.editor()).queryParam("claimant", claimant.toLowerCase())
                .when().get("/claims")
                .then().statusCode(200)
                .body("items.id", contains(id))
                .body("total", equalTo(1));
    }

    @Test
    void shouldFilterByAssigneeAndLanguage() {
        String assignee = "kari-" + UUID.randomUUID();
        String english = create(aClaim().with("language", "en"));
        String norwegian = create();
        assign(english, assignee);
        assign(norwegian, assignee);

        given().auth().oauth2(TestTokens.editor()).queryParam("assignee", assignee).queryParam("language", "en")
                .when().get("/claims")
                .then().statusCode(200)
                .body("items.id", contains(english));
    }

    @Test
    void shouldSearchStatementClaimReviewedAndClaimantInFullText() {
        String word = "zaporizjzja" + UUID.randomUUID().toString().substring(0, 8);
        String id = create(aClaim().with("claimReviewed", "Angrep mot " + word + " i natt"));

        given().auth().oauth2(TestTokens.editor()).queryParam("q", word)
                .when().get("/claims")
                .then().statusCode(200)
                .body("items.id", contains(id));
    }

    @Test
    void shouldPageThroughSearchMatchesOldestFirst() {
        String word = uniqueWord();
        String first = create(aClaim().with("claimReviewed", "Først " + word));
        String second = create(aClaim().with("claimReviewed", "Så " + word.toUpperCase()));
        String third = create(aClaim().with("claimant", "Etaten for " + word));

        String cursor = given().auth().oauth2(TestTokens.editor()).queryParam("q", word).queryParam("limit", 2)
                .when().get("/claims")
                .then().statusCode(200)
                .body("items.id", contains(first, second))
                .body("total", equalTo(3))
                .extract().path("nextCursor");
        given().auth().oauth2(TestTokens.editor()).queryParam("q", word).queryParam("limit", 2)
                .queryParam("cursor", cursor)
                .when().get("/claims")
                .then().statusCode(200)
                .body("items.id", contains(third))
                .body("nextCursor", nullValue());
    }

    @Test
    void shouldRequireEveryWordOfASearch() {
        String north = uniqueWord();
        String south = uniqueWord();
        create(aClaim().with("claimReviewed", "Angrep i " + north));
        String both = create(aClaim().with("claimReviewed", "Angrep i " + north).with("claimant", "Byen " + south));
        create(aClaim().with("claimReviewed", "Angrep i " + south));

        given().auth().oauth2(TestTokens.editor()).queryParam("q", south + ", " + north)
                .when().get("/claims")
                .then().statusCode(200)
                .body("items.id", contains(both))
                .body("total", equalTo(1));
    }

    @Test
    void shouldFindAnEditedClaimByItsNewWordsOnly() {
        String before = uniqueWord();
        String after = uniqueWord();
        String id = create(aClaim().with("claimReviewed", "Meldt om " + before));
        ClaimEditResourceTest.patch(TestTokens.editor(), id, Map.of("claimReviewed", "Meldt om " + after))
                .then().statusCode(200);

        given().auth().oauth2(TestTokens.editor()).queryParam("q", before).when().get("/claims")
                .then().statusCode(200).body("items", hasSize(0)).body("total", equalTo(0));
        given().auth().oauth2(TestTokens.editor()).queryParam("q", after).when().get("/claims")
                .then().statusCode(200).body("items.id", contains(id)).body("total", equalTo(1));
    }

    @Test
    void shouldCombineASearchWithOtherFilters() {
        String word = uniqueWord();
        create(aClaim().with("claimReviewed", "Rapport om " + word));
        String english = create(aClaim().with("claimReviewed", "Report on " + word).with("language", "en"));

        given().auth().oauth2(TestTokens.editor()).queryParam("q", word).queryParam("language", "en")
                .when().get("/claims")
                .then().statusCode(200)
                .body("items.id", contains(english))
                .body("total", equalTo(1));
    }

    @Test
    void shouldHideWithdrawnClaimsFromReadersSearching() {
        String word = uniqueWord();
        String kept = create(aClaim().onPublishedArticle().with("claimReviewed", "Beholdt " + word));
        String withdrawn = create(aClaim().onPublishedArticle().with("claimReviewed", "Trukket " + word));
        withdraw(withdrawn, "duplicate");

        given().queryParam("q", word).when().get("/claims")
                .then().statusCode(200)
                .body("items.id", contains(kept))
                .body("total", equalTo(1));
        given().auth().oauth2(TestTokens.editor()).queryParam("q", word).when().get("/claims")
                .then().statusCode(200)
                .body("items.id", contains(kept, withdrawn));
    }

    @Test
    void shouldFindNothingForASearchWithoutWords() {
        create(aClaim().with("claimReviewed", "Tegn ! og ?"));

        given().auth().oauth2(TestTokens.editor()).queryParam("q", "! ?").when().get("/claims")
                .then().statusCode(200)
                .body("items", hasSize(0))
                .body("total", equalTo(0));
    }

    @Test
    void shouldListClaimsDueForRecheck() {
        String articleId = UUID.randomUUID().toString();
        String due = create(aClaim().with("articleId", articleId));
        String later = create(aClaim().with("articleId", articleId));
        setRecheck(due, Instant.now().minus(1, ChronoUnit.HOURS));
        setRecheck(later, Instant.now().plus(1, ChronoUnit.DAYS));

        given().auth().oauth2(TestTokens.editor()).queryParam("articleId", articleId).queryParam("recheckDue", true)
                .when().get("/claims")
                .then().statusCode(200)
                .body("items.id", contains(due));
    }

    @Test
    void shouldFilterReadersByPublicStatusAndHideWithdrawnClaims() {
        String articleId = UUID.randomUUID().toString();
        PublishedArticles.publish(articleId);
        String proposed = create(aClaim().with("articleId", articleId));
        moveTo(proposed, "IN_REVIEW");
        moveTo(proposed, "UNVERIFIABLE");

        given().queryParam("articleId", articleId).queryParam("status", "UNVERIFIABLE")
                .when().get("/claims")
                .then().statusCode(200).body("items", hasSize(0));
        given().queryParam("articleId", articleId).queryParam("status", "IN_REVIEW")
                .when().get("/claims")
                .then().statusCode(200).body("items.id", contains(proposed))
                .body("items[0].assignee", nullValue());
    }

    @Test
    void shouldKeepTheClaimsOfUnpublishedArticlesOutOfReadersListsSearchesAndTotals() {
        String word = uniqueWord();
        String published = UUID.randomUUID().toString();
        String draft = UUID.randomUUID().toString();
        PublishedArticles.publish(published);
        PublishedArticles.record(draft, "DRAFT");
        String shown = create(aClaim().with("articleId", published).with("claimReviewed", "Synlig " + word));
        create(aClaim().with("articleId", draft).with("claimReviewed", "Utkast " + word));

        given().queryParam("q", word).when().get("/claims")
                .then().statusCode(200).body("items.id", contains(shown)).body("total", equalTo(1));
        given().queryParam("q", word).queryParam("language", "nb").when().get("/claims")
                .then().statusCode(200).body("items.id", contains(shown)).body("total", equalTo(1));
        given().queryParam("articleId", draft).when().get("/claims")
                .then().statusCode(200).body("items", hasSize(0)).body("total", equalTo(0));
        given().auth().oauth2(TestTokens.editor()).queryParam("q", word).when().get("/claims")
                .then().statusCode(200).body("total", equalTo(2));

        PublishedArticles.record(published, "ARCHIVED");

        given().queryParam("q", word).when().get("/claims")
                .then().statusCode(200).body("items", hasSize(0)).body("total", equalTo(0));
    }

    @Test
    void shouldRefuseReadersFiltersOnFieldsTheyCannotSee() {
        for (Map<String, Object> filter : List.<Map<String, Object>>of(Map.of("assignee", "kari"),
                Map.of("recheckDue", true))) {
            given().queryParams(filter).when().get("/claims")
                    .then().statusCode(403)
                    .contentType("application/problem+json")
                    .body("detail", containsString(filter.keySet().iterator().next()));
            given().auth().oauth2(TestTokens.reader()).queryParams(filter).when().get("/claims")
                    .then().statusCode(403);
            given().auth().oauth2(TestTokens.verifier()).queryParams(filter).when().get("/claims")
                    .then().statusCode(200);
        }
    }

    @Test
    void shouldNotShowReadersTheRecheckDate() {
        String id = create(aClaim().onPublishedArticle());
        setRecheck(id, Instant.now().plus(1, ChronoUnit.DAYS));

        given().when().get("/claims/" + id).then().statusCode(200).body("recheckBy", nullValue());
        given().auth().oauth2(TestTokens.editor()).when().get("/claims/" + id)
                .then().statusCode(200).body("recheckBy", notNullValue());
    }

    @Test
    void shouldRejectAnInvalidLanguageFilter() {
        given().queryParam("language", "not a language").when().get("/claims")
                .then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void shouldQueueUnverifiedClaimsOldestFirstThenOverdueRechecks() {
        String articleId = UUID.randomUUID().toString();
        String first = create(aClaim().with("articleId", articleId));
        String second = create(aClaim().with("articleId", articleId));
        String reviewedLongAgo = create(aClaim().with("articleId", articleId));
        String reviewedRecently = create(aClaim().with("articleId", articleId));
        String notDue = create(aClaim().with("articleId", articleId));
        String inReviewNoRecheck = create(aClaim().with("articleId", articleId));
        for (String reviewed : List.of(reviewedLongAgo, reviewedRecently, notDue, inReviewNoRecheck)) {
            moveTo(reviewed, "IN_REVIEW");
        }
        setRecheck(reviewedRecently, Instant.now().minus(1, ChronoUnit.HOURS));
        setRecheck(reviewedLongAgo, Instant.now().minus(2, ChronoUnit.DAYS));
        setRecheck(notDue, Instant.now().plus(2, ChronoUnit.DAYS));

        String cursor = given().auth().oauth2(TestTokens.verifier()).queryParam("articleId", articleId)
                .queryParam("limit", 3)
                .when().get("/review-queue")
                .then().statusCode(200)
                .body("total", equalTo(4))
                .body("items.id", contains(first, second, reviewedLongAgo))
                .body("nextCursor", notNullValue())
                .extract().path("nextCursor");
        given().auth().oauth2(TestTokens.verifier()).queryParam("articleId", articleId).queryParam("limit", 3)
                .queryParam("cursor", cursor)
                .when().get("/review-queue")
                .then().statusCode(200)
                .body("items.id", contains(reviewedRecently))
                .body("nextCursor", nullValue());
    }

    @Test
    void shouldFilterTheQueueByAssigneeAndLanguage() {
        String assignee = "ola-" + UUID.randomUUID();
        String english = create(aClaim().with("language", "en"));
        create(aClaim().with("language", "en"));
        assign(english, assignee);

        given().auth().oauth2(TestTokens.verifier()).queryParam("assignee", assignee).queryParam("language", "en")
                .when().get("/review-queue")
                .then().statusCode(200)
                .body("items.id", contains(english));
    }

    @Test
    void shouldLeaveWithdrawnClaimsOutOfTheQueue() {
        String articleId = UUID.randomUUID().toString();
        String id = create(aClaim().with("articleId", articleId));
        withdraw(id, "duplicate");

        given().auth().oauth2(TestTokens.verifier()).queryParam("articleId", articleId)
                .when().get("/review-queue")
                .then().statusCode(200).body("items", hasSize(0));
    }

    @Test
    void shouldKeepTheQueueFromReaders() {
        given().auth().oauth2(TestTokens.reader()).when().get("/review-queue").then().statusCode(403);
    }

    /** A word no other test's claim contains, made of letters only. */
    private static String uniqueWord() {
        return "ord" + UUID.randomUUID().toString().replaceAll("[^a-f]", "");
    }

    private static void assign(String id, String assignee) {
        ClaimEditResourceTest.patch(TestTokens.verifier(), id, Map.of("assignee", assignee)).then().statusCode(200);
    }

    private static void setRecheck(String id, Instant recheckBy) {
        ClaimEditResourceTest.patch(TestTokens.verifier(), id, Map.of("recheckBy", recheckBy.toString()))
                .then().statusCode(200);
    }
}
