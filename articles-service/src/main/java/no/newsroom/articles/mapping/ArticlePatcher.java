package no.newsroom.articles.mapping;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolationException;
import no.newsroom.articles.domain.ArticleDraft;
import no.newsroom.articles.model.Article;
import no.newsroom.articles.rest.ArticleRequest;
import no.newsroom.support.rest.InvalidMergePatchException;
import no.newsroom.support.rest.MergePatcher;

/** Applies a JSON Merge Patch (RFC 7396) to an article's editable content, as a client sees it in a PUT. */
@ApplicationScoped
public class ArticlePatcher {

    private final MergePatcher patcher;

    public ArticlePatcher(MergePatcher patcher) {
        this.patcher = patcher;
    }

    /**
     * @throws InvalidMergePatchException   when the patched content has unknown fields or wrong types
     * @throws ConstraintViolationException when the patched content is not a valid article
     */
    public ArticleDraft apply(Article current, JsonNode patch) {
        return ArticleMapper.toDraft(patcher.apply(ArticleMapper.toRequest(current), patch, ArticleRequest.class));
    }
}
