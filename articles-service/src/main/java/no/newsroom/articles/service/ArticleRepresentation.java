package no.newsroom.articles.service;

import no.newsroom.articles.model.ArticleStatus;

/** An article version as the API writes it: the JSON of its ArticleResponse, the same for every caller. */
public record ArticleRepresentation(long version, ArticleStatus status, byte[] json) {
}
