package no.newsroom.claims.rest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Builds claim request bodies around the Kyiv aircraft claim; tests change only what matters to them. */
final class ClaimRequests {

    static final String AIRCRAFT_QUOTE = "Ukrainske myndigheter hevder at de har skutt ned fire russiske fly, "
            + "blant dem tre helikoptre, det siste døgnet.";

    private final Map<String, Object> body = new HashMap<>();
    private final List<Map<String, Object>> quantities = new ArrayList<>();

    private ClaimRequests() {
        body.put("articleId", UUID.randomUUID().toString());
        body.put("anchor", Map.of("blockId", UUID.randomUUID().toString(), "start", 0,
                "end", AIRCRAFT_QUOTE.length(), "quote", AIRCRAFT_QUOTE));
        body.put("statement", AIRCRAFT_QUOTE);
        body.put("claimReviewed", "Ukraina skjøt ned fire russiske fly, blant dem tre helikoptre, det siste døgnet");
        body.put("claimant", "Ukrainske myndigheter");
        body.put("language", "nb");
        body.put("independentlyConfirmed", false);
        body.put("quantities", quantities);
    }

    static ClaimRequests aClaim() {
        return new ClaimRequests();
    }

    /** On an article that articles-service's feed has reported published, so readers see the claim. */
    ClaimRequests onPublishedArticle() {
        return onPublishedArticleId(UUID.randomUUID().toString());
    }

    /** On the given article, which articles-service's feed has reported published. */
    ClaimRequests onPublishedArticleId(String articleId) {
        PublishedArticles.publish(articleId);
        return with("articleId", articleId);
    }

    ClaimRequests with(String field, Object value) {
        body.put(field, value);
        return this;
    }

    ClaimRequests exact(int value, String unit) {
        quantities.add(Map.of("value", value, "qualifier", "EXACT", "unit", unit));
        return this;
    }

    ClaimRequests exactPartOf(int value, String unit, int partOf) {
        quantities.add(Map.of("value", value, "qualifier", "EXACT", "unit", unit, "partOf", partOf));
        return this;
    }

    ClaimRequests range(int low, int high, String unit) {
        quantities.add(Map.of("low", low, "high", high, "qualifier", "RANGE", "unit", unit));
        return this;
    }

    Map<String, Object> build() {
        return body;
    }
}
