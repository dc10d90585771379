package no.newsroom.articles.domain;

/** Well-formed content that cannot be applied to the article as it is now. */
public class InvalidContentException extends RuntimeException {

    private final String field;

    public InvalidContentException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
