package no.newsroom.articles.mapping;

import no.newsroom.articles.domain.ArticleDiff;
import no.newsroom.articles.domain.ArticleDraft;
import no.newsroom.articles.domain.ArticleSnapshot;
import no.newsroom.articles.domain.BlockContent;
import no.newsroom.articles.domain.BlockDraft;
import no.newsroom.articles.domain.BlockSnapshot;
import no.newsroom.articles.domain.Revision;
import no.newsroom.articles.model.Article;
import no.newsroom.articles.model.ArticleEvent;
import no.newsroom.articles.model.ArticleRevision;
import no.newsroom.articles.model.Block;
import no.newsroom.articles.repository.ArticleListing;
import no.newsroom.articles.rest.ArticleRequest;
import no.newsroom.articles.rest.ArticleResponse;
import no.newsroom.articles.rest.ArticleSummary;
import no.newsroom.articles.rest.BlockRequest;
import no.newsroom.articles.rest.BlockResponse;
import no.newsroom.articles.rest.EventResponse;
import no.newsroom.articles.rest.RevisionDiffResponse;
import no.newsroom.articles.rest.RevisionResponse;
import no.newsroom.articles.rest.RevisionSummary;

import java.util.List;
import java.util.Objects;

public final class ArticleMapper {

    private ArticleMapper() {
    }

    public static ArticleDraft toDraft(ArticleRequest request) {
        return new ArticleDraft(request.title().strip(), request.lead(), request.language(),
                Objects.requireNonNullElse(request.tags(), List.of()),
                Objects.requireNonNullElse(request.authors(), List.of()),
                request.blocks().stream().map(block -> new BlockDraft(block.id(), toContent(block))).toList());
    }

    public static BlockContent toContent(BlockRequest block) {
        return new BlockContent(block.type(), block.text(), block.caption(), block.credit(), block.url());
    }

    /** The article's current content as a client would PUT it: the base a merge patch applies to. */
    public static ArticleRequest toRequest(Article article) {
        return new ArticleRequest(article.title, article.lead, article.language, article.tags, article.authors,
                article.blocks.stream().map(block -> new BlockRequest(block.id, block.type, block.text,
                        block.caption, block.credit, block.url)).toList());
    }

    public static ArticleSnapshot toSnapshot(Article article) {
        return new ArticleSnapshot(article.slug, article.title, article.lead, article.language, article.status,
                List.copyOf(article.authors), List.copyOf(article.tags), article.publishedAt,
                article.blocks.stream().map(block -> new BlockSnapshot(block.id, block.type, block.text,
                        block.caption, block.credit, block.url, block.postedAt)).toList());
    }

    public static ArticleResponse toResponse(Article article) {
        return new ArticleResponse(article.id, article.slug, article.title, article.lead, article.language,
                article.status, article.authors, article.tags, article.publishedAt, article.createdAt,
                article.updatedAt, article.version, article.blocks.stream().map(ArticleMapper::toResponse).toList());
    }

    public static ArticleSummary toSummary(ArticleListing article) {
        return new ArticleSummary(article.id(), article.slug(), article.title(), article.lead(), article.language(),
                article.status(), article.authors(), article.tags(), article.publishedAt(), article.updatedAt(),
                article.version(), article.rank(), article.snippet());
    }

    public static BlockResponse toResponse(Block block) {
        return new BlockResponse(block.id, block.type, block.text, block.caption, block.credit, block.url,
                block.postedAt);
    }

    public static RevisionSummary toSummary(ArticleRevision revision) {
        return new RevisionSummary(revision.number, revision.author, revision.createdAt);
    }

    public static RevisionResponse toResponse(Revision revision) {
        return new RevisionResponse(revision.number(), revision.author(), revision.createdAt(), revision.content());
    }

    public static RevisionDiffResponse toResponse(int from, int to, ArticleDiff diff) {
        return new RevisionDiffResponse(from, to, diff.fields(), diff.blocks());
    }

    public static EventResponse toResponse(ArticleEvent event) {
        return new EventResponse(event.id, event.type, event.occurredAt, event.subjectId, event.articleId,
                event.isPublic, event.data);
    }
}
