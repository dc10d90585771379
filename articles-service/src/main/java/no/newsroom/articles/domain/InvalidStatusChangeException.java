package no.newsroom.articles.domain;

import no.newsroom.articles.model.ArticleStatus;

public class InvalidStatusChangeException extends RuntimeException {

    public InvalidStatusChangeException(ArticleStatus from, ArticleStatus to) {
        super("An article cannot go from " + from + " to " + to);
    }
}
