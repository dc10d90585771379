package no.newsroom.claims.repository;

import java.util.UUID;

/** Review queue filters; a null field does not filter. */
public record ReviewQueueFilter(UUID articleId, String language, String assignee) {
}
