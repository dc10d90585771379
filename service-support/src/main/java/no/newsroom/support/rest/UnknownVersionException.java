package no.newsroom.support.rest;

/** {@code If-Match} names no version the service issued: as stale as any other version it no longer holds. */
public class UnknownVersionException extends RuntimeException {

    public UnknownVersionException() {
        super("If-Match names no version of this resource");
    }
}
