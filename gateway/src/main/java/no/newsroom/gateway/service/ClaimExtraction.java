package no.newsroom.gateway.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import no.newsroom.gateway.client.ArticlesClient;
import no.newsroom.gateway.client.ClaimsClient;
import no.newsroom.gateway.client.Downstream;

/**
 * Stores the claims an article reports: the article's blocks are read from articles-service and handed to
 * claims-service, which extracts, anchors and stores them idempotently.
 */
@ApplicationScoped
public class ClaimExtraction {

    private final ArticlesClient articles;
    private final ClaimsClient claims;
    private final ObjectMapper json;

    public ClaimExtraction(ArticlesClient articles, ClaimsClient claims, ObjectMapper json) {
        this.articles = articles;
        this.claims = claims;
        this.json = json;
    }

    /** The article-service answer when the article cannot be read, else claims-service's answer. */
    public Uni<Downstream> extract(String articleId) {
        return articles.article(articleId).flatMap(article -> article.isSuccessful()
                ? claims.extractFromArticle(request(read(article.body())).toString())
                : Uni.createFrom().item(article));
    }

    private ObjectNode request(JsonNode article) {
        ObjectNode request = json.createObjectNode()
                .put("articleId", article.path("id").asText())
                .put("language", article.path("language").asText());
        ArrayNode blocks = request.putArray("blocks");
        for (JsonNode block : article.path("blocks")) {
            if (block.hasNonNull("text") && !block.path("text").asText().isBlank()) {
                blocks.addObject()
                        .put("id", block.path("id").asText())
                        .put("type", block.path("type").asText())
                        .put("text", block.path("text").asText());
            }
        }
        return request;
    }

    private JsonNode read(String body) {
        try {
            return json.readTree(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("articles-service sent invalid JSON", e);
        }
    }
}
