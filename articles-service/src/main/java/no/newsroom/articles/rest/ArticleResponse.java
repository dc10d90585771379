package no.newsroom.articles.rest;

import no.newsroom.articles.model.ArticleStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

@Schema(name = "Article")
public record ArticleResponse(UUID id, String slug, String title, @Schema(nullable = true) String lead,
                              String language, ArticleStatus status, List<String> authors, List<String> tags,
                              @Schema(nullable = true) Instant publishedAt, Instant createdAt,
                              Instant updatedAt, long version, List<BlockResponse> blocks) {
}
