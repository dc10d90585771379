package no.newsroom.claims.service;

import no.newsroom.claims.client.WebhookAttempt;

/** What became of one attempt at one delivery. */
record AttemptOutcome(long deliveryId, WebhookAttempt attempt) {
}
