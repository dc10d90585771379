package no.newsroom.articles.model;

public enum ArticleStatus {
    DRAFT,
    PUBLISHED,
    ARCHIVED
}
