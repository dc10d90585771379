package no.newsroom.articles.repository;

import no.newsroom.articles.model.ArticleStatus;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An article as a list shows it; {@code rank} and {@code snippet} are only set for a search. */
public record ArticleListing(UUID id, String slug, String title, String lead, String language, ArticleStatus status,
                             List<String> authors, List<String> tags, Instant publishedAt, Instant updatedAt,
                             long version, Float rank, String snippet) {
}
