package no.newsroom.articles.domain;

public class ArticleNotFoundException extends RuntimeException {

    public ArticleNotFoundException(String idOrSlug) {
        super("No article with id or slug '" + idOrSlug + "'");
    }
}
