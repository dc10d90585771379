package no.newsroom.articles.domain;

import no.newsroom.support.rest.ResourceNotFoundException;

public class ArticleNotFoundException extends ResourceNotFoundException {

    public ArticleNotFoundException(String idOrSlug) {
        super("Article not found", "No article with id or slug '" + idOrSlug + "'");
    }
}
