package no.newsroom.gateway.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MediaType;
import no.newsroom.gateway.client.ArticlesClient;
import no.newsroom.gateway.client.ClaimsClient;
import no.newsroom.gateway.client.Downstream;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Builds the article page clients render: the article from articles-service with each block's claims from
 * claims-service attached. Claims are optional: without them the article still comes back, marked degraded.
 */
@ApplicationScoped
public class ArticleComposer {

    /** Fields only staff may see; stripped here too, so a misbehaving backend cannot leak them to readers. */
    private static final String[] STAFF_ONLY = {"pendingApproval", "proposedBy", "verdictSharedFrom"};

    private final ArticlesClient articles;
    private final ClaimsClient claims;
    private final ObjectMapper json;

    public ArticleComposer(ArticlesClient articles, ClaimsClient claims, ObjectMapper json) {
        this.articles = articles;
        this.claims = claims;
        this.json = json;
    }

    /**
     * One call to each service. With an id both run in parallel; a slug must be resolved to an id first.
     * A non-2xx article answer is returned as is so the caller can pass the problem on. Callers who are not
     * staff see every claim with its public status only.
     */
    public Uni<Downstream> compose(String idOrSlug, boolean staff) {
        if (isUuid(idOrSlug)) {
            return Uni.combine().all().unis(articles.article(idOrSlug), claims.claimsOfArticle(idOrSlug))
                    .asTuple()
                    .map(both -> attach(both.getItem1(), both.getItem2(), staff));
        }
        return articles.article(idOrSlug).flatMap(article -> article.isSuccessful()
                ? claims.claimsOfArticle(read(article).path("id").asText()).map(found -> attach(article, found, staff))
                : Uni.createFrom().item(article));
    }

    private Downstream attach(Downstream article, Optional<Downstream> claimsOfArticle, boolean staff) {
        if (!article.isSuccessful()) {
            return article;
        }
        ObjectNode body = (ObjectNode) read(article);
        Optional<JsonNode> claimItems = claimsOfArticle.filter(Downstream::isSuccessful)
                .map(answer -> read(answer).path("items"));
        ObjectNode summary = body.putObject("claims").put("available", claimItems.isPresent());
        claimItems.ifPresent(items -> {
            if (!staff) {
                items.forEach(ArticleComposer::toPublicView);
            }
            summary.put("count", items.size());
            summary.set("unanchored", attachToBlocks(body, items));
        });
        // The ETag covers what this caller sees: the article version, the view, and the claims as claims-service
        // sent them (the view is derived from those, so hashing the raw answer avoids writing the claims again).
        String versionKey = article.etag() + "|" + (staff ? "staff" : "public") + "|"
                + claimsOfArticle.filter(Downstream::isSuccessful).map(Downstream::body).orElse("unavailable");
        return new Downstream(200, MediaType.APPLICATION_JSON, etagOf(versionKey), null, body.toString());
    }

    private static void toPublicView(JsonNode claim) {
        ObjectNode view = (ObjectNode) claim;
        if (view.hasNonNull("publicStatus")) {
            view.set("status", view.get("publicStatus"));
        }
        view.remove(List.of(STAFF_ONLY));
    }

    /** Returns the claims whose block no longer exists in the article. */
    private ArrayNode attachToBlocks(ObjectNode article, JsonNode claimItems) {
        Map<String, ArrayNode> claimsByBlock = new LinkedHashMap<>();
        for (JsonNode block : article.path("blocks")) {
            claimsByBlock.put(block.path("id").asText(), ((ObjectNode) block).putArray("claims"));
        }
        ArrayNode unanchored = json.createArrayNode();
        for (JsonNode claim : claimItems) {
            String blockId = claim.path("anchor").path("blockId").asText();
            claimsByBlock.getOrDefault(blockId, unanchored).add(claim);
        }
        return unanchored;
    }

    private JsonNode read(Downstream answer) {
        try {
            return json.readTree(answer.body());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Downstream sent invalid JSON", e);
        }
    }

    private static String etagOf(String versionKey) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(versionKey.getBytes(StandardCharsets.UTF_8));
            return "\"" + HexFormat.of().formatHex(digest, 0, 12) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }

    private static boolean isUuid(String value) {
        try {
            return UUID.fromString(value).toString().equalsIgnoreCase(value);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
