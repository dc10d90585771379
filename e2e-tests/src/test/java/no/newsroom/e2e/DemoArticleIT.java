package no.newsroom.e2e;

import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import no.newsroom.devsupport.DemoDataSeeder;
import no.newsroom.e2e.RunningSuite.Service;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The Kyiv live article and its claims, read through the gateway from the three real services. */
class DemoArticleIT {

    private static RunningSuite suite;

    @BeforeAll
    static void startSuite() {
        suite = RunningSuite.get();
        suite.awaitClaimsAvailable(suite.demoArticleId());
    }

    @Test
    void shouldServeDemoArticleWithItsClaimsThroughTheGateway() {
        suite.awaitClaimsAvailable(DemoDataSeeder.SLUG);

        JsonPath article = given().baseUri(suite.apiUrl().toString())
                .when().get("/api/v1/articles/" + DemoDataSeeder.SLUG + "?include=claims")
                .then().statusCode(200)
                .body("title", equalTo(DemoDataSeeder.TITLE))
                .body("status", equalTo("PUBLISHED"))
                .body("claims.available", equalTo(true))
                .body("claims.count", equalTo(8))
                .extract().jsonPath();

        Map<String, Object> aircraft = claimWithClaimant(article, "Ukrainske myndigheter");
        assertEquals(false, aircraft.get("independentlyConfirmed"));
        assertEquals("UNVERIFIED", aircraft.get("status"));
        List<Map<String, Object>> quantities = quantities(aircraft);
        assertEquals(List.of(4, 3), quantities.stream().map(q -> q.get("value")).toList());
        assertEquals(0, quantities.get(1).get("partOf"));

        Map<String, Object> arestovitsj = claimWithClaimant(article, "Oleksij Arestovitsj");
        assertEquals("Sky News", arestovitsj.get("source"));
        assertEquals("AT_LEAST", quantities(arestovitsj).get(0).get("qualifier"));
        assertNull(quantities(arestovitsj).get(0).get("high"));
    }

    @Test
    void shouldAnchorEveryDemoClaimToTheParagraphQuotingIt() {
        JsonPath article = given().baseUri(suite.apiUrl().toString())
                .when().get("/api/v1/articles/" + suite.demoArticleId() + "?include=claims")
                .then().statusCode(200).extract().jsonPath();

        List<Map<String, Object>> blocks = article.getList("blocks");
        int anchored = 0;
        for (Map<String, Object> block : blocks) {
            for (Map<String, Object> claim : claimsOf(block)) {
                @SuppressWarnings("unchecked")
                Map<String, Object> anchor = (Map<String, Object>) claim.get("anchor");
                String text = (String) block.get("text");
                assertEquals(anchor.get("quote"),
                        text.substring((Integer) anchor.get("start"), (Integer) anchor.get("end")));
                anchored++;
            }
        }
        assertEquals(8, anchored);
    }

    @Test
    void shouldReportEveryServiceReady() {
        for (Service service : Service.values()) {
            given().baseUri(suite.managementUrl(service).toString())
                    .when().get("/q/health/ready")
                    .then().statusCode(200)
                    .body("status", equalTo("UP"));
        }
    }

    @Test
    void shouldDocumentThePublicApiInOpenApi() {
        given().baseUri(suite.url(Service.GATEWAY).toString()).accept("application/json")
                .when().get("/q/openapi")
                .then().statusCode(200)
                .body("paths", hasKey("/api/v1/articles/{id}"))
                .body("paths", hasKey("/api/v1/claims/{id}"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> claimWithClaimant(JsonPath article, String claimant) {
        List<Map<String, Object>> blocks = article.getList("blocks");
        return blocks.stream()
                .flatMap(block -> claimsOf(block).stream())
                .filter(claim -> claimant.equals(claim.get("claimant")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no claim by " + claimant));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> claimsOf(Map<String, Object> block) {
        return (List<Map<String, Object>>) block.getOrDefault("claims", List.of());
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> quantities(Map<String, Object> claim) {
        return (List<Map<String, Object>>) claim.get("quantities");
    }

    static {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }
}
