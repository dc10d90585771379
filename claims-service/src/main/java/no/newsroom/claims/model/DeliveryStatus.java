package no.newsroom.claims.model;

public enum DeliveryStatus {
    PENDING,
    DELIVERED,
    /** Retried for the whole retry window without success; the subscription was disabled with it. */
    FAILED
}
