package no.newsroom.articles.repository;

/** The orders a list of articles can come in; all are newest (or best) first and keyset-paged. */
public enum ArticleSort {
    UPDATED_AT("updatedAt", "updated_at"),
    PUBLISHED_AT("publishedAt", "published_at"),
    /** Best full-text match first; only with a search. */
    RELEVANCE("relevance", "rank");

    private final String label;
    private final String column;

    ArticleSort(String label, String column) {
        this.label = label;
        this.column = column;
    }

    public String label() {
        return label;
    }

    String column() {
        return column;
    }
}
