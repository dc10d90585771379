package no.newsroom.claims.domain;

/** A webhook URL this service will not call: not http(s), unresolvable, or inside a network it must not probe. */
public class WebhookTargetRefusedException extends RuntimeException {

    public WebhookTargetRefusedException(String message) {
        super(message);
    }
}
