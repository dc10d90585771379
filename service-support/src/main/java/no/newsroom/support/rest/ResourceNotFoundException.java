package no.newsroom.support.rest;

/** Something a request names does not exist (or is hidden from the caller); each kind says what in its title. */
public abstract class ResourceNotFoundException extends RuntimeException {

    private final String title;

    protected ResourceNotFoundException(String title, String detail) {
        super(detail);
        this.title = title;
    }

    /** For instance "Claim not found". */
    public String title() {
        return title;
    }
}
