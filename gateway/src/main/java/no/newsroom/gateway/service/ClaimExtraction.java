package no.newsroom.gateway.service;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import no.newsroom.gateway.client.ArticlesClient;
import no.newsroom.gateway.client.ClaimsClient;
import no.newsroom.gateway.client.Downstream;

import java.util.List;

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
                ? claims.extractFromArticle(request(article.read(json, ArticleText.class)))
                : Uni.createFrom().item(article));
    }

    private String request(ArticleText article) {
        List<TextBlock> withText = article.blocks() == null ? List.of() : article.blocks().stream()
                .filter(block -> block.text() != null && !block.text().isBlank())
                .toList();
        try {
            return json.writeValueAsString(new ExtractionRequest(article.id(), article.language(), withText));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An extraction request of strings is always JSON", e);
        }
    }

    /** The parts of an article extraction works on. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record ArticleText(String id, String language, List<TextBlock> blocks) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record TextBlock(String id, String type, String text) {
    }

    /** claims-service's {@code POST /article-extractions} body. */
    record ExtractionRequest(String articleId, String language, List<TextBlock> blocks) {
    }
}
