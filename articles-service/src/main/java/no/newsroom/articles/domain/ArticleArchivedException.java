package no.newsroom.articles.domain;

import java.util.UUID;

/** Archived articles are kept as they were: their content can no longer change. */
public class ArticleArchivedException extends RuntimeException {

    public ArticleArchivedException(UUID id) {
        super("Article " + id + " is archived and can no longer be edited");
    }
}
