package no.newsroom.e2e.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import no.newsroom.devsupport.DevKeys;
import no.newsroom.devsupport.JwtIssuer;
import no.newsroom.e2e.RunningSuite;
import no.newsroom.e2e.RunningSuite.Service;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The running suite seen by the reliability tests: clients for the gateway and the two services, tokens (valid,
 * expired, signed with a stranger's key), and builders for articles and claims of their own, so that destructive
 * tests never touch the shared demo data.
 */
final class Newsroom {

    final RunningSuite suite = RunningSuite.get();
    final Api gateway = new Api(suite.apiUrl());
    final Api articles = new Api(suite.url(Service.ARTICLES));
    final Api claims = new Api(suite.url(Service.CLAIMS));

    Newsroom() {
        awaitGatewayComposing();
    }

    /**
     * A test class that ran before may have tripped the gateway's circuit breakers (by design: a killed service, a
     * database failover); wait until the gateway composes articles with claims again.
     */
    void awaitGatewayComposing() {
        String staff = token("reliability-probe", "verifier"); // staff bypass the gateway's cache
        String path = "/api/v1/articles/" + suite.demoArticleId() + "?include=claims";
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (Instant.now().isBefore(deadline)) {
            Api.Answer answer = gateway.get(path).token(staff).send();
            if (answer.status() == 200 && answer.body().contains("\"available\":true")) {
                return;
            }
            RunningSuite.sleep(Duration.ofMillis(500));
        }
        throw new IllegalStateException("the gateway does not compose articles with claims");
    }

    /**
     * Waits until claims-service has read from articles-service's feed that the article is published: only claims
     * (and claim events) of articles it knows to be published reach readers, webhooks and public streams.
     */
    void awaitPublicationRead(JsonNode article) {
        String articleId = article.path("id").asText();
        String staff = token("publication-probe", "editor");
        long after = 0;
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            JsonNode items = expect(200, claims.get("/events?limit=500&after=" + after).token(staff).send()).json()
                    .path("items");
            for (JsonNode event : items) {
                after = event.path("id").asLong();
                if ("claim.visibilityChanged".equals(event.path("type").asText())
                        && articleId.equals(event.path("subjectId").asText())
                        && event.path("data").path("visibleToReaders").asBoolean()) {
                    return;
                }
            }
            if (items.size() < 500) {
                RunningSuite.sleep(Duration.ofMillis(500));
            }
        }
        throw new IllegalStateException("claims-service did not learn that article " + articleId + " is published");
    }

    String token(String user, String role) {
        return suite.token(user, role);
    }

    /** Signed with the suite's key, but expired an hour ago (well past any clock skew allowance). */
    String expiredToken(String user, String role) {
        return new JwtIssuer(suiteKeys().privateKey()).issue(user, List.of(role), Duration.ofHours(-1));
    }

    /** Well-formed and unexpired, signed with a key the services have never seen. */
    String foreignToken(String user, String role) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return new JwtIssuer(generator.generateKeyPair().getPrivate()).issue(user, List.of(role),
                    Duration.ofHours(1));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static DevKeys suiteKeys() {
        Path root = Path.of(System.getProperty("suite.root", "..")).toAbsolutePath().normalize();
        return DevKeys.in(root.resolve("e2e-tests/target/e2e/jwt"));
    }

    static Map<String, Object> articleBody(String title, String... paragraphs) {
        List<Map<String, Object>> blocks = new ArrayList<>();
        for (String paragraph : paragraphs) {
            blocks.add(Map.of("type", "PARAGRAPH", "text", paragraph));
        }
        Map<String, Object> article = new LinkedHashMap<>();
        article.put("title", title);
        article.put("lead", "Ingress til " + title);
        article.put("language", "nb");
        article.put("tags", List.of("reliability"));
        article.put("authors", List.of("Reliability Test"));
        article.put("blocks", blocks);
        return article;
    }

    /** A new DRAFT article with one paragraph per text, created by {@code editor}; answers the 201 body. */
    JsonNode createArticle(String editor, String title, String... paragraphs) {
        return expect(201, withPatience(() -> gateway.post("/api/v1/articles").token(editor)
                .json(articleBody(title, paragraphs)).send())).json();
    }

    JsonNode publish(String editor, JsonNode article) {
        return expect(200, gateway.post("/api/v1/articles/" + article.path("id").asText() + "/publish").token(editor)
                .ifMatch(etag(article)).send()).json();
    }

    static Map<String, Object> claimBody(JsonNode article, int block, String claimReviewed) {
        JsonNode paragraph = article.path("blocks").path(block);
        String text = paragraph.path("text").asText();
        String quote = text.substring(0, Math.min(40, text.length()));
        Map<String, Object> claim = new LinkedHashMap<>();
        claim.put("articleId", article.path("id").asText());
        claim.put("anchor", Map.of("blockId", paragraph.path("id").asText(), "start", 0, "end", quote.length(),
                "quote", quote));
        claim.put("statement", text);
        claim.put("claimReviewed", claimReviewed);
        claim.put("claimant", "Ukrainske myndigheter");
        claim.put("source", "Interfax Ukraine");
        claim.put("language", "nb");
        claim.put("independentlyConfirmed", false);
        claim.put("quantities", List.of(
                Map.of("value", 4, "qualifier", "EXACT", "unit", "fly"),
                Map.of("value", 3, "qualifier", "EXACT", "unit", "helikoptre", "partOf", 0)));
        return claim;
    }

    /** A new UNVERIFIED claim with two quantities, anchored to the start of the article's paragraph. */
    JsonNode createClaim(String editor, JsonNode article, int block, String claimReviewed) {
        return expect(201, withPatience(() -> gateway.post("/api/v1/claims").token(editor)
                .json(claimBody(article, block, claimReviewed)).send())).json();
    }

    /**
     * Sends again after a 503 (a busy machine can exceed the gateway's timeouts and open its circuit breaker for a
     * few seconds). Only for creating test data: a repeated create at worst leaves an unused duplicate.
     */
    private static Api.Answer withPatience(java.util.function.Supplier<Api.Answer> send) {
        Api.Answer answer = send.get();
        for (int attempt = 0; answer.status() == 503 && attempt < 5; attempt++) {
            RunningSuite.sleep(Duration.ofSeconds(3));
            answer = send.get();
        }
        return answer;
    }

    static String etag(JsonNode resource) {
        return "\"" + resource.path("version").asText() + "\"";
    }

    /** {@code value} as one query parameter value: percent-encoded, spaces as %20. */
    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    static String uniqueWord(String prefix) {
        return prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    static Api.Answer expect(int status, Api.Answer answer) {
        if (answer.status() != status) {
            throw new AssertionError("expected " + status + ": " + answer);
        }
        return answer;
    }
}
