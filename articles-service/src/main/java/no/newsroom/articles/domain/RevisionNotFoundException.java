package no.newsroom.articles.domain;

import java.util.UUID;

public class RevisionNotFoundException extends RuntimeException {

    public RevisionNotFoundException(UUID articleId, int number) {
        super("Article " + articleId + " has no revision " + number);
    }
}
