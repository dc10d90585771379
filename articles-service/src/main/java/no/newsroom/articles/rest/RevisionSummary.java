package no.newsroom.articles.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

@Schema(name = "RevisionSummary", description = "A saved state of an article, without its content")
public record RevisionSummary(@Schema(example = "3") int number, @Schema(example = "erik") String author,
                              Instant createdAt) {
}
