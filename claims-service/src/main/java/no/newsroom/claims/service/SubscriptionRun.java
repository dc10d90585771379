package no.newsroom.claims.service;

import java.net.URI;
import java.util.List;
import java.util.UUID;

/** The due deliveries of one leased subscription, to be sent one after another in this order. */
record SubscriptionRun(UUID subscriptionId, URI url, List<String> secrets, List<OutgoingDelivery> deliveries) {
}
