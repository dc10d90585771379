package no.newsroom.claims.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import no.newsroom.claims.client.WebhookAttempt;
import no.newsroom.claims.config.NewsroomConfig;
import no.newsroom.claims.domain.RetrySchedule;
import no.newsroom.claims.model.DeliveryStatus;
import no.newsroom.claims.model.WebhookDelivery;
import no.newsroom.claims.model.WebhookStatus;
import no.newsroom.claims.model.WebhookSubscription;
import no.newsroom.claims.repository.WebhookDeliveryRepository;
import no.newsroom.claims.repository.WebhookSubscriptionRepository;
import org.jboss.logging.Logger;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * The database side of sending: leasing due deliveries, and recording each attempt with its next try or, once the
 * retry window has passed, the failure that disables the subscription. Each step is a short transaction of its own;
 * no transaction stays open while a receiver is called.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class WebhookDeliveryLedger {

    private static final Logger LOG = Logger.getLogger(WebhookDeliveryLedger.class);
    private static final int MAX_ERROR_LENGTH = 500;

    private final WebhookDeliveryRepository deliveries;
    private final WebhookSubscriptionRepository subscriptions;
    private final RetrySchedule retries;
    private final Duration lease;
    private final ObjectMapper json;
    private final Clock clock;
    private final RandomGenerator random = RandomGenerator.getDefault();

    public WebhookDeliveryLedger(WebhookDeliveryRepository deliveries, WebhookSubscriptionRepository subscriptions,
                                 RetrySchedule retries, NewsroomConfig config, ObjectMapper json, Clock clock) {
        this.deliveries = deliveries;
        this.subscriptions = subscriptions;
        this.retries = retries;
        this.lease = config.webhooks().lease();
        this.json = json;
        this.clock = clock;
    }

    /** Due deliveries, at most one per subscription, held for this sender for the lease period. */
    public List<OutgoingDelivery> lease(int limit) {
        Instant now = clock.instant();
        List<OutgoingDelivery> leased = new ArrayList<>();
        for (WebhookDelivery delivery : deliveries.leaseDue(now, now.plus(lease), limit)) {
            WebhookSubscription subscription = subscriptions.findById(delivery.subscriptionId);
            List<String> secrets = new ArrayList<>(List.of(subscription.secret));
            subscription.previousSecretAt(now).ifPresent(secrets::add);
            leased.add(new OutgoingDelivery(delivery.id, delivery.messageId.toString(), URI.create(subscription.url),
                    secrets, write(delivery)));
        }
        return leased;
    }

    public void record(long deliveryId, WebhookAttempt attempt) {
        WebhookDelivery delivery = deliveries.findById(deliveryId);
        if (delivery == null || delivery.status != DeliveryStatus.PENDING) {
            return;
        }
        Instant now = clock.instant();
        delivery.attempts++;
        delivery.lastAttemptAt = now;
        if (delivery.firstAttemptAt == null) {
            delivery.firstAttemptAt = now;
        }
        delivery.lastStatusCode = attempt.statusCode();
        delivery.lastLatencyMs = (int) Math.min(Integer.MAX_VALUE, attempt.latencyMs());
        delivery.lastError = attempt.delivered() ? null : truncate(describe(attempt));
        delivery.leasedUntil = null;
        if (attempt.delivered()) {
            delivery.status = DeliveryStatus.DELIVERED;
            return;
        }
        Optional<Instant> next = retries.next(delivery.attempts, delivery.firstAttemptAt, now, random);
        if (next.isPresent()) {
            delivery.nextAttemptAt = next.get();
        } else {
            giveUp(delivery, now);
        }
    }

    private void giveUp(WebhookDelivery delivery, Instant now) {
        delivery.status = DeliveryStatus.FAILED;
        WebhookSubscription subscription = subscriptions.findById(delivery.subscriptionId);
        subscription.status = WebhookStatus.DISABLED;
        subscription.disabledAt = now;
        subscription.disabledReason = truncate("Delivery " + delivery.messageId + " failed " + delivery.attempts
                + " times since " + delivery.firstAttemptAt + "; last: " + delivery.lastError);
        subscription.updatedAt = now;
        LOG.warnf("Webhook subscription %s disabled: %s", subscription.id, subscription.disabledReason);
    }

    private static String describe(WebhookAttempt attempt) {
        return attempt.statusCode() != null ? "answered " + attempt.statusCode() : attempt.error();
    }

    private static String truncate(String text) {
        return text == null || text.length() <= MAX_ERROR_LENGTH ? text : text.substring(0, MAX_ERROR_LENGTH);
    }

    private String write(WebhookDelivery delivery) {
        try {
            return json.writeValueAsString(delivery.payload);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored webhook payload could not be written as JSON", e);
        }
    }
}
