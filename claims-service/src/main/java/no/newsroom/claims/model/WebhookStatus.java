package no.newsroom.claims.model;

/** Whether a subscription receives deliveries: paused ones queue them, disabled ones gave up after failing. */
public enum WebhookStatus {
    ACTIVE,
    PAUSED,
    DISABLED
}
