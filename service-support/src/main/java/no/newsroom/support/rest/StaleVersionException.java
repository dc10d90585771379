package no.newsroom.support.rest;

/** The client edited a version that is no longer current: it must re-read and retry. */
public class StaleVersionException extends RuntimeException {

    public StaleVersionException(long expected, long current) {
        super("The resource is at version " + current + " but the request was based on version " + expected);
    }
}
