package no.newsroom.claims.repository;

public class InvalidCursorException extends RuntimeException {

    public InvalidCursorException(Throwable cause) {
        super("cursor is not valid; pass the nextCursor of a previous page", cause);
    }
}
