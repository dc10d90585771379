package no.newsroom.articles.repository;

import no.newsroom.articles.model.ArticleStatus;

import java.util.UUID;

/** What a read needs to know before the article itself: which version is current, and whether it is public. */
public record ArticleVersion(UUID id, long version, ArticleStatus status) {
}
