package no.newsroom.gateway.service;

/** A new event stream would exceed the cap per caller, or the gateway's cap on all streams. */
public class TooManyStreamsException extends RuntimeException {

    private final boolean callerCap;

    public TooManyStreamsException(boolean callerCap) {
        super(callerCap ? "The caller has the most event streams open it may" : "The gateway serves the most event "
                + "streams it may");
        this.callerCap = callerCap;
    }

    /** True when the caller's own cap was reached, false when the gateway's. */
    public boolean callerCap() {
        return callerCap;
    }
}
