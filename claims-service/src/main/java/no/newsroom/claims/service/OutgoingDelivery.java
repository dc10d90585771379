package no.newsroom.claims.service;

import java.net.URI;
import java.util.List;

/** A leased delivery, detached from the database while it is being sent. */
record OutgoingDelivery(long id, String messageId, URI url, List<String> secrets, String body) {
}
