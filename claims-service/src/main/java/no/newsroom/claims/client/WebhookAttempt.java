package no.newsroom.claims.client;

/** What one POST to a receiver came to: its status code, or the transport error when there was none. */
public record WebhookAttempt(Integer statusCode, long latencyMs, String error) {

    public boolean delivered() {
        return statusCode != null && statusCode >= 200 && statusCode < 300;
    }
}
