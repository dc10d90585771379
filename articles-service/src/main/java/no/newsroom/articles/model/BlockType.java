package no.newsroom.articles.model;

public enum BlockType {
    PARAGRAPH,
    HEADING,
    QUOTE,
    IMAGE,
    VIDEO,
    SOURCE
}
