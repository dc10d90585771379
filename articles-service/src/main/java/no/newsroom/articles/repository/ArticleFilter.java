package no.newsroom.articles.repository;

import no.newsroom.articles.model.ArticleStatus;

import java.time.Instant;

/** List filters; a null field does not filter. */
public record ArticleFilter(ArticleStatus status, String language, String tag, Instant updatedSince) {
}
