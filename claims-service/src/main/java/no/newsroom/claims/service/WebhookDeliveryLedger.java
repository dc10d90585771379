package no.newsroom.claims.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
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
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The database side of sending: leasing subscriptions with due deliveries, and recording each attempt with its next
 * try or, once the retry window has passed, the failure that disables the subscription. Each step is a short
 * transaction of its own; no transaction stays open while a receiver is called. A sender that dies before recording
 * leaves its lease to expire, and the deliveries are sent again: at least once.
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

    public WebhookDeliveryLedger(WebhookDeliveryRepository deliveries, WebhookSubscriptionRepository subscriptions,
                                 RetrySchedule retries, NewsroomConfig config, ObjectMapper json, Clock clock) {
        this.deliveries = deliveries;
        this.subscriptions = subscriptions;
        this.retries = retries;
        this.lease = config.webhooks().lease();
        this.json = json;
        this.clock = clock;
    }

    /**
     * Leases subscriptions whose next delivery is due and returns, for each, its due deliveries in order: up to
     * {@code perSubscription} of them, stopping at the first that waits for a later retry.
     */
    public List<SubscriptionRun> lease(int subscriptionLimit, int perSubscription) {
        Instant now = clock.instant();
        List<SubscriptionRun> runs = new ArrayList<>();
        for (UUID id : subscriptions.leaseDue(now, now.plus(lease), subscriptionLimit)) {
            WebhookSubscription subscription = subscriptions.findById(id);
            List<OutgoingDelivery> due = new ArrayList<>();
            for (WebhookDelivery delivery : deliveries.pendingInOrder(id, perSubscription)) {
                if (delivery.nextAttemptAt.isAfter(now)) {
                    break;
                }
                due.add(new OutgoingDelivery(delivery.id, delivery.messageId.toString(), write(delivery)));
            }
            if (due.isEmpty()) {
                subscriptions.releaseLease(id);
                continue;
            }
            List<String> secrets = new ArrayList<>(List.of(subscription.secret));
            subscription.previousSecretAt(now).ifPresent(secrets::add);
            runs.add(new SubscriptionRun(id, URI.create(subscription.url), secrets, due));
        }
        return runs;
    }

    /**
     * Records a run's attempts, in the order they were made, and gives the subscription back. Nothing is recorded
     * for a subscription deleted meanwhile.
     */
    public void record(UUID subscriptionId, List<AttemptOutcome> outcomes) {
        // The subscription before its deliveries, in the order unsubscribing locks them.
        if (subscriptions.findByIdOptional(subscriptionId, LockModeType.PESSIMISTIC_WRITE).isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        Map<Long, WebhookDelivery> attempted = deliveries.byIds(outcomes.stream().map(AttemptOutcome::deliveryId)
                .toList());
        for (AttemptOutcome outcome : outcomes) {
            record(attempted.get(outcome.deliveryId()), outcome.attempt(), now);
        }
        subscriptions.releaseLease(subscriptionId);
    }

    private void record(WebhookDelivery delivery, WebhookAttempt attempt, Instant now) {
        if (delivery == null || delivery.status != DeliveryStatus.PENDING) {
            return;
        }
        delivery.attempts++;
        delivery.lastAttemptAt = now;
        if (delivery.firstAttemptAt == null) {
            delivery.firstAttemptAt = now;
        }
        delivery.lastStatusCode = attempt.statusCode();
        delivery.lastLatencyMs = (int) Math.min(Integer.MAX_VALUE, attempt.latencyMs());
        delivery.lastError = attempt.delivered() ? null : truncate(describe(attempt));
        if (attempt.delivered()) {
            delivery.status = DeliveryStatus.DELIVERED;
            return;
        }
        Optional<Instant> next = retries.next(delivery.attempts, delivery.firstAttemptAt, now,
                ThreadLocalRandom.current());
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
