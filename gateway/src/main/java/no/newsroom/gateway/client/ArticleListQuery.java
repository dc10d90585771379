package no.newsroom.gateway.client;

/** The list filters clients may pass through to articles-service. */
public record ArticleListQuery(Integer limit, String cursor, String status, String language, String tag,
                               String author, String q, String updatedSince, String sort) {
}
