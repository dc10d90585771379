package no.newsroom.articles.rest;

import no.newsroom.articles.domain.ArticleSnapshot;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

@Schema(name = "Revision", description = "A saved state of an article with its full content")
public record RevisionResponse(@Schema(example = "3") int number, @Schema(example = "erik") String author,
                               Instant createdAt, ArticleSnapshot content) {
}
