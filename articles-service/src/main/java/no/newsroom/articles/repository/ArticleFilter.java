package no.newsroom.articles.repository;

import no.newsroom.articles.model.ArticleStatus;

import java.time.Instant;

/** List filters; a null field does not filter. {@code q} is full text, matched in each article's language. */
public record ArticleFilter(ArticleStatus status, String language, String tag, String author, String q,
                            Instant updatedSince) {

    public ArticleFilter withStatus(ArticleStatus only) {
        return new ArticleFilter(only, language, tag, author, q, updatedSince);
    }
}
