package no.newsroom.claims.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThan;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import no.newsroom.support.testing.TestTokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
class MatchResourceTest {

    private static final Map<String, Object> KYIV = claim(null, "Ukrainske myndigheter hevder at de har skutt ned "
            + "fire russiske fly, blant dem tre helikoptre, det siste døgnet.", "Ukrainske myndigheter", "nb",
            "2022-03-14T08:00:00Z");
    private static final Map<String, Object> ENGLISH_REPEAT = claim("en", "Ukrainian authorities say they have shot "
            + "down four Russian aircraft, including three helicopters, over the past day.", "Ukrainian authorities",
            "en", "2022-03-14T10:30:00Z");
    private static final Map<String, Object> LATER_TALLY = claim("later", "Ukraine's military now says it has downed "
            + "7 Russian aircraft in the past 48 hours.", "Ukraine's military", "en", "2022-03-15T09:00:00Z");
    private static final Map<String, Object> DENIAL = claim("moscow", "Moskva avviser at noen russiske fly er skutt "
            + "ned over Kyiv.", "Moskva", "nb", "2022-03-14T12:00:00Z");
    private static final Map<String, Object> SCHOOLS = claim("schools", "Oslo kommune vil bruke fire millioner "
            + "kroner på nye skoler.", "Oslo kommune", "nb", null);

    /** The path as written: REST Assured would percent-encode the colon of claims:match. */
    private static RequestSpecification match() {
        return given().urlEncodingEnabled(false);
    }

    private static Map<String, Object> claim(String id, String statement, String claimant, String language,
                                             String reportedAt) {
        Map<String, Object> claim = new HashMap<>();
        claim.put("id", id);
        claim.put("statement", statement);
        claim.put("claimant", claimant);
        claim.put("language", language);
        claim.put("reportedAt", reportedAt);
        return claim;
    }

    @Test
    void shouldRelateEachCandidateInOrder() {
        var body = Map.of("claim", KYIV, "candidates", List.of(ENGLISH_REPEAT, LATER_TALLY, DENIAL, SCHOOLS));

        match().auth().oauth2(TestTokens.verifier()).contentType(ContentType.JSON).body(body)
                .when().post("/claims:match")
                .then().statusCode(200)
                .body("matches.id", equalTo(List.of("en", "later", "moscow", "schools")))
                .body("matches.relation", equalTo(List.of("SAME", "UPDATE", "CONFLICT", "UNRELATED")))
                .body("matches[3].score", lessThan(0.25f));
    }

    @Test
    void shouldAnswerAnEditorToo() {
        match().auth().oauth2(TestTokens.editor()).contentType(ContentType.JSON)
                .body(Map.of("claim", KYIV, "candidates", List.of()))
                .when().post("/claims:match")
                .then().statusCode(200)
                .body("matches", hasSize(0));
    }

    @Test
    void shouldRejectMoreThan100Candidates() {
        List<Map<String, Object>> candidates = new ArrayList<>();
        IntStream.range(0, 101).forEach(i -> candidates.add(ENGLISH_REPEAT));

        match().auth().oauth2(TestTokens.verifier()).contentType(ContentType.JSON)
                .body(Map.of("claim", KYIV, "candidates", candidates))
                .when().post("/claims:match")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("candidates"));
    }

    @Test
    void shouldRejectACandidateWithoutStatement() {
        var blank = claim("x", " ", null, "en", null);

        match().auth().oauth2(TestTokens.verifier()).contentType(ContentType.JSON)
                .body(Map.of("claim", KYIV, "candidates", List.of(blank)))
                .when().post("/claims:match")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("candidates[0].statement"));
    }

    @Test
    void shouldRejectAnUnsupportedLanguage() {
        var german = claim("de", "Die Ukraine sagt, sie habe vier Flugzeuge abgeschossen.", null, "de", null);

        match().auth().oauth2(TestTokens.verifier()).contentType(ContentType.JSON)
                .body(Map.of("claim", KYIV, "candidates", List.of(german)))
                .when().post("/claims:match")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("language"));
    }

    @Test
    void shouldRequireStaff() {
        var body = Map.of("claim", KYIV, "candidates", List.of(ENGLISH_REPEAT));
        match().contentType(ContentType.JSON).body(body)
                .when().post("/claims:match")
                .then().statusCode(401);
        match().auth().oauth2(TestTokens.reader()).contentType(ContentType.JSON).body(body)
                .when().post("/claims:match")
                .then().statusCode(403)
                .contentType("application/problem+json");
    }
}
