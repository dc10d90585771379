package no.newsroom.articles.mapping;

import no.newsroom.articles.domain.ArticleDraft;
import no.newsroom.articles.domain.BlockContent;
import no.newsroom.articles.model.Article;
import no.newsroom.articles.model.Block;
import no.newsroom.articles.rest.ArticleRequest;
import no.newsroom.articles.rest.ArticleResponse;
import no.newsroom.articles.rest.ArticleSummary;
import no.newsroom.articles.rest.BlockRequest;
import no.newsroom.articles.rest.BlockResponse;

import java.util.List;
import java.util.Objects;

public final class ArticleMapper {

    private ArticleMapper() {
    }

    public static ArticleDraft toDraft(ArticleRequest request) {
        return new ArticleDraft(request.title().strip(), request.lead(), request.language(),
                Objects.requireNonNullElse(request.tags(), List.of()),
                Objects.requireNonNullElse(request.authors(), List.of()),
                request.blocks().stream().map(ArticleMapper::toContent).toList());
    }

    public static BlockContent toContent(BlockRequest block) {
        return new BlockContent(block.type(), block.text(), block.caption(), block.credit(), block.url());
    }

    public static ArticleResponse toResponse(Article article) {
        return new ArticleResponse(article.id, article.slug, article.title, article.lead, article.language,
                article.status, article.authors, article.tags, article.publishedAt, article.createdAt,
                article.updatedAt, article.version, article.blocks.stream().map(ArticleMapper::toResponse).toList());
    }

    public static ArticleSummary toSummary(Article article) {
        return new ArticleSummary(article.id, article.slug, article.title, article.lead, article.language,
                article.status, article.authors, article.tags, article.publishedAt, article.updatedAt,
                article.version);
    }

    private static BlockResponse toResponse(Block block) {
        return new BlockResponse(block.id, block.type, block.text, block.caption, block.credit, block.url,
                block.postedAt);
    }
}
