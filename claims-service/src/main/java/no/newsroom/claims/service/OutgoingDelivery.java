package no.newsroom.claims.service;

/** A delivery about to be sent, detached from the database while it is. */
record OutgoingDelivery(long id, String messageId, String body) {
}
