package no.newsroom.e2e.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import no.newsroom.e2e.RunningSuite;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * Cross-article claim matching through the gateway: the Kyiv aircraft claim, an English repeat in a second article
 * and a later tally in a third are matched, the matches confirmed, and the verdict approved on the Kyiv claim flows
 * to the repeat (proposed there, approved by a second verifier) while the tally's newer figure reaches readers of
 * the Kyiv article.
 */
class ClaimMatchingIT {

    private static final String KYIV = "Ukrainske myndigheter hevder at de har skutt ned fire russiske fly, blant "
            + "dem tre helikoptre, det siste døgnet.";
    private static final String REPEAT = "Ukrainian authorities say they have shot down four Russian aircraft, "
            + "including three helicopters, over the past day.";
    private static final String TALLY = "Ukraine's military now says it has downed 7 Russian aircraft in the past 48 "
            + "hours.";

    private final Newsroom newsroom = new Newsroom();
    private final String editor = newsroom.token("matching-editor", "editor");
    private final String verifier = newsroom.token("matching-vera", "verifier");
    private final String secondVerifier = newsroom.token("matching-viktor", "verifier");
    private final String reader = newsroom.token("matching-reader", "reader");
    /** A day of its own, so no other test's claims fall within the matching window. */
    private final Instant reportedAt = Instant.parse("2080-01-01T08:00:00Z")
            .plus(ThreadLocalRandom.current().nextInt(0, 200_000), ChronoUnit.DAYS);

    @Test
    void shouldMatchConfirmAndLetTheVerdictAndTheNewerFigureFlow() {
        JsonNode kyivArticle = publishedArticle("Kyiv", "nb", KYIV);
        JsonNode repeatArticle = publishedArticle("Repeat", "en", REPEAT);
        JsonNode tallyArticle = publishedArticle("Tally", "en", TALLY);
        String kyiv = claim(kyivArticle, "Ukrainske myndigheter", "nb", reportedAt, 4, "fly");
        String repeat = claim(repeatArticle, "Ukrainian authorities", "en", reportedAt.plus(2, ChronoUnit.HOURS), 4,
                "aircraft");
        String tally = claim(tallyArticle, "Ukraine's military", "en", reportedAt.plus(25, ChronoUnit.HOURS), 7,
                "aircraft");

        assertEquals("SAME", suggestedRelation(repeat, kyiv));
        assertEquals("UPDATE", suggestedRelation(tally, kyiv));
        decide(repeat, kyiv);
        decide(tally, kyiv);

        post("/api/v1/claims/" + kyiv + "/evidence", verifier, null,
                Map.of("type", "INDEPENDENT_REPORT", "url", "https://www.reuters.com/world/europe/example",
                        "description", "Reuters confirms the figures", "independent", true), 201);
        transition(kyiv, "IN_REVIEW", null);
        JsonNode proposed = transition(kyiv, "CONFIRMED", "Two independent reports confirm four aircraft.");
        post("/api/v1/claims/" + kyiv + "/approval", secondVerifier, Newsroom.etag(proposed), null, 200);

        JsonNode sharedForStaff = get("/api/v1/claims/" + repeat, editor);
        assertEquals("CONFIRMED", sharedForStaff.path("status").asText());
        assertEquals(true, sharedForStaff.path("pendingApproval").asBoolean());
        assertEquals("matching-viktor", sharedForStaff.path("proposedBy").asText());
        assertEquals(kyiv, sharedForStaff.path("verdictSharedFrom").asText());
        assertEquals("UNVERIFIED", readerView(repeat).path("status").asText());
        assertEquals("UNVERIFIED", get("/api/v1/claims/" + tally, editor).path("status").asText());

        Api.Answer sameApprover = newsroom.gateway.post("/api/v1/claims/" + repeat + "/approval")
                .token(secondVerifier).ifMatch(Newsroom.etag(sharedForStaff)).send();
        assertEquals(403, sameApprover.status(), sameApprover.toString());
        post("/api/v1/claims/" + repeat + "/approval", verifier, Newsroom.etag(sharedForStaff), null, 200);
        assertEquals("CONFIRMED", readerView(repeat).path("status").asText());

        JsonNode timeline = get("/api/v1/claims/" + tally + "/timeline", editor);
        List<String> timelineIds = new ArrayList<>();
        timeline.path("items").forEach(entry -> timelineIds.add(entry.path("claimId").asText()));
        assertEquals(List.of(kyiv, tally), timelineIds);

        JsonNode newerFigure = composedClaim(kyivArticle, kyiv).path("newerFigure");
        assertEquals(tally, newerFigure.path("claimId").asText());
        assertEquals(tallyArticle.path("id").asText(), newerFigure.path("articleId").asText());
        assertEquals("Ukraine's military", newerFigure.path("claimant").asText());
        assertEquals(7, newerFigure.path("quantities").path(0).path("value").asInt());
    }

    private JsonNode publishedArticle(String title, String language, String paragraph) {
        Map<String, Object> body = new LinkedHashMap<>(Newsroom.articleBody(Newsroom.uniqueWord(title + " "),
                paragraph));
        body.put("language", language);
        JsonNode article = post("/api/v1/articles", editor, null, body, 201);
        newsroom.publish(editor, article);
        return article;
    }

    private String claim(JsonNode article, String claimant, String language, Instant at, int value, String unit) {
        Map<String, Object> body = new LinkedHashMap<>(Newsroom.claimBody(article, 0, "Fire russiske fly skutt ned"));
        String statement = article.path("blocks").path(0).path("text").asText();
        body.put("anchor", Map.of("blockId", article.path("blocks").path(0).path("id").asText(), "start", 0,
                "end", statement.length(), "quote", statement));
        body.put("claimant", claimant);
        body.put("language", language);
        body.put("reportedAt", at.toString());
        body.put("quantities", List.of(Map.of("value", value, "qualifier", "EXACT", "unit", unit)));
        return post("/api/v1/claims", editor, null, body, 201).path("id").asText();
    }

    private String suggestedRelation(String claimId, String otherId) {
        for (JsonNode match : get("/api/v1/claims/" + claimId + "/matches", editor).path("items")) {
            if (match.path("claim").path("id").asText().equals(otherId)) {
                assertEquals("SUGGESTED", match.path("state").asText());
                return match.path("relation").asText();
            }
        }
        throw new AssertionError(otherId + " is not among the matches of " + claimId);
    }

    private void decide(String claimId, String otherId) {
        JsonNode decided = post("/api/v1/claims/" + claimId + "/matches/" + otherId, verifier, null,
                Map.of("decision", "CONFIRMED"), 200);
        assertEquals("CONFIRMED", decided.path("state").asText());
    }

    private JsonNode transition(String claimId, String to, String rationale) {
        JsonNode claim = get("/api/v1/claims/" + claimId, verifier);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("to", to);
        if (rationale != null) {
            body.put("rationale", rationale);
        }
        return post("/api/v1/claims/" + claimId + "/transitions", verifier, Newsroom.etag(claim), body, 200);
    }

    /** The claim as readers of the composed article see it; waits out a view the gateway cached before. */
    private JsonNode composedClaim(JsonNode article, String claimId) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        JsonNode found = null;
        while (Instant.now().isBefore(deadline)) {
            JsonNode composed = get("/api/v1/articles/" + article.path("id").asText() + "?include=claims", reader);
            for (JsonNode claim : composed.path("blocks").path(0).path("claims")) {
                if (claim.path("id").asText().equals(claimId)) {
                    found = claim;
                }
            }
            if (found != null && found.hasNonNull("newerFigure")) {
                return found;
            }
            RunningSuite.sleep(Duration.ofMillis(500));
        }
        assertNotNull(found, "the composed article has no claim " + claimId);
        return found;
    }

    /** Readers see a claim once claims-service has read its article's publication from the articles feed. */
    private JsonNode readerView(String claimId) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        Api.Answer answer = newsroom.gateway.get("/api/v1/claims/" + claimId).token(reader).send();
        while (answer.status() == 404 && Instant.now().isBefore(deadline)) {
            RunningSuite.sleep(Duration.ofMillis(500));
            answer = newsroom.gateway.get("/api/v1/claims/" + claimId).token(reader).send();
        }
        return Newsroom.expect(200, answer).json();
    }

    private JsonNode get(String path, String token) {
        return Newsroom.expect(200, newsroom.gateway.get(path).token(token).send()).json();
    }

    private JsonNode post(String path, String token, String etag, Object body, int status) {
        Api.Call call = newsroom.gateway.post(path).token(token).ifMatch(etag);
        if (body != null) {
            call.json(body);
        }
        return Newsroom.expect(status, call.send()).json();
    }
}
