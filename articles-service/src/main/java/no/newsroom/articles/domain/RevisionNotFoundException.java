package no.newsroom.articles.domain;

import no.newsroom.support.rest.ResourceNotFoundException;

import java.util.UUID;

public class RevisionNotFoundException extends ResourceNotFoundException {

    public RevisionNotFoundException(UUID articleId, int number) {
        super("Revision not found", "Article " + articleId + " has no revision " + number);
    }
}
