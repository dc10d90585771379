package no.newsroom.articles.domain;

import java.time.Instant;

/** A saved state of an article: who saved it, when, and the full content. */
public record Revision(int number, String author, Instant createdAt, ArticleSnapshot content) {
}
