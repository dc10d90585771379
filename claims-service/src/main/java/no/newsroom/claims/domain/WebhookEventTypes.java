package no.newsroom.claims.domain;

/** The public events a webhook can subscribe to: the ones readers may see on the public event stream. */
public final class WebhookEventTypes {

    /** For Bean Validation of requests; keep in step with the public events of both feeds. */
    public static final String PATTERN = "article\\.(published|updated|unpublished|archived|blockChanged)"
            + "|claim\\.(created|statusChanged|approved)";

    private WebhookEventTypes() {
    }
}
