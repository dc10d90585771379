package no.newsroom.support.paging;

public class InvalidCursorException extends RuntimeException {

    private static final String MESSAGE =
            "cursor is not valid; pass the nextCursor of a previous page of the same list";

    public InvalidCursorException() {
        super(MESSAGE);
    }

    public InvalidCursorException(Throwable cause) {
        super(MESSAGE, cause);
    }
}
