package no.newsroom.claims.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.LocalDate;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static no.newsroom.claims.rest.ClaimRequests.aClaim;
import static no.newsroom.claims.rest.ClaimSteps.addEvidence;
import static no.newsroom.claims.rest.ClaimSteps.create;
import static no.newsroom.claims.rest.ClaimSteps.moveTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Checks the export against Google's fact-check structured data documentation: ClaimReview requires
 * claimReviewed, reviewRating and url and recommends author, datePublished and itemReviewed; the Rating requires
 * alternateName and recommends ratingValue, bestRating and worstRating; the reviewed Claim recommends author,
 * datePublished and appearance. Google reads only JSON-LD with the schema.org @context.
 */
@QuarkusTest
class ClaimReviewResourceTest {

    @Test
    void shouldExportAnApprovedVerdictAsClaimReviewJsonLd() {
        String articleId = UUID.randomUUID().toString();
        PublishedArticles.publish(articleId);
        String id = ClaimSteps.confirmedAndApproved(aClaim().with("articleId", articleId)
                .with("reportedAt", "2022-03-14T08:00:00Z"));

        JsonPath review = given().accept("application/ld+json").when().get("/claims/" + id + "/claimreview")
                .then().statusCode(200)
                .contentType("application/ld+json")
                .extract().jsonPath();

        assertEquals("https://schema.org", review.getString("'@context'"));
        assertEquals("ClaimReview", review.getString("'@type'"));
        assertEquals("Ukraina skjøt ned fire russiske fly, blant dem tre helikoptre, det siste døgnet",
                review.getString("claimReviewed"));
        assertAbsoluteUrl(review.getString("url"));
        assertTrue(review.getString("url").endsWith(id));
        assertEquals(LocalDate.now(java.time.ZoneOffset.UTC).toString(), review.getString("datePublished"));
        assertEquals("Organization", review.getString("author.'@type'"));
        assertEquals("Newsroom faktasjekk", review.getString("author.name"));
        assertAbsoluteUrl(review.getString("author.url"));

        assertEquals("Rating", review.getString("reviewRating.'@type'"));
        assertEquals("Bekreftet", review.getString("reviewRating.alternateName"));
        int value = review.getInt("reviewRating.ratingValue");
        int best = review.getInt("reviewRating.bestRating");
        int worst = review.getInt("reviewRating.worstRating");
        assertTrue(worst < best && worst <= value && value <= best);
        assertEquals(best, value);

        assertEquals("Claim", review.getString("itemReviewed.'@type'"));
        assertEquals("Organization", review.getString("itemReviewed.author.'@type'"));
        assertEquals("Ukrainske myndigheter", review.getString("itemReviewed.author.name"));
        assertEquals("2022-03-14", review.getString("itemReviewed.datePublished"));
        assertEquals("https://newsroom.example/articles/" + articleId,
                review.getString("itemReviewed.appearance.url"));
    }

    @Test
    void shouldNameTheVerdictInTheClaimsLanguage() {
        String id = ClaimSteps.confirmedAndApproved(aClaim().onPublishedArticle().with("language", "en")
                .with("statement", "Ukrainian authorities say they shot down four Russian aircraft.")
                .with("claimReviewed", "Ukraine shot down four Russian aircraft"));

        given().when().get("/claims/" + id + "/claimreview")
                .then().statusCode(200)
                .body("reviewRating.alternateName", org.hamcrest.Matchers.equalTo("True"));
    }

    @Test
    void shouldNameAPersonalClaimantAsPerson() {
        String id = ClaimSteps.confirmedAndApproved(aClaim().onPublishedArticle()
                .with("claimant", "Volodymyr Zelenskyj"));

        given().when().get("/claims/" + id + "/claimreview")
                .then().statusCode(200)
                .body("itemReviewed.author.'@type'", org.hamcrest.Matchers.equalTo("Person"));
    }

    @Test
    void shouldAnswer404UntilAVerdictIsApproved() {
        String id = create();
        addEvidence(id, true);
        moveTo(id, "IN_REVIEW");
        given().when().get("/claims/" + id + "/claimreview").then().statusCode(404);

        moveTo(id, "CONFIRMED");

        given().when().get("/claims/" + id + "/claimreview")
                .then().statusCode(404)
                .contentType("application/problem+json");
    }

    private static void assertAbsoluteUrl(String url) {
        assertNotNull(url);
        assertTrue(URI.create(url).isAbsolute(), url);
    }
}
