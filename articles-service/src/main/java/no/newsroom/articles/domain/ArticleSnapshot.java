package no.newsroom.articles.domain;

import no.newsroom.articles.model.ArticleStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

/** The full content of an article at one revision. */
@Schema(name = "ArticleContent", description = "The full content of an article at one revision")
public record ArticleSnapshot(String slug, String title, @Schema(nullable = true) String lead, String language,
                              ArticleStatus status, List<String> authors, List<String> tags,
                              @Schema(nullable = true) Instant publishedAt,
                              List<BlockSnapshot> blocks) {
}
