package no.newsroom.claims.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import no.newsroom.claims.config.NewsroomConfig;
import no.newsroom.support.rest.StaleVersionException;
import no.newsroom.claims.domain.WebhookChange;
import no.newsroom.claims.domain.WebhookDraft;
import no.newsroom.claims.domain.WebhookNotFoundException;
import no.newsroom.claims.domain.WebhookSecrets;
import no.newsroom.claims.domain.WebhookTargetPolicy;
import no.newsroom.claims.domain.WorkflowConflictException;
import no.newsroom.claims.model.DeliveryStatus;
import no.newsroom.claims.model.WebhookDelivery;
import no.newsroom.claims.model.WebhookStatus;
import no.newsroom.claims.model.WebhookSubscription;
import no.newsroom.support.paging.Page;
import no.newsroom.support.paging.PageCursor;
import no.newsroom.claims.repository.WebhookDeliveryRepository;
import no.newsroom.claims.repository.WebhookSubscriptionRepository;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Subscriptions of server-side clients: their targets, event types, secrets, state and delivery log. */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRED)
public class WebhookService {

    private final WebhookSubscriptionRepository subscriptions;
    private final WebhookDeliveryRepository deliveries;
    private final WebhookTargetPolicy targets;
    private final Duration secretGracePeriod;
    private final Clock clock;

    public WebhookService(WebhookSubscriptionRepository subscriptions, WebhookDeliveryRepository deliveries,
                          WebhookTargetPolicy targets, NewsroomConfig config, Clock clock) {
        this.subscriptions = subscriptions;
        this.deliveries = deliveries;
        this.targets = targets;
        this.secretGracePeriod = config.webhooks().secretGracePeriod();
        this.clock = clock;
    }

    /** The new subscription, with the secret the caller is shown this once. */
    public WebhookSubscription create(WebhookDraft draft, String actor) {
        targets.check(draft.url());
        Instant now = clock.instant();
        WebhookSubscription subscription = new WebhookSubscription();
        subscription.id = UUID.randomUUID();
        subscription.url = draft.url();
        subscription.eventTypes = distinct(draft.eventTypes());
        subscription.secret = WebhookSecrets.generate();
        subscription.createdBy = actor;
        subscription.createdAt = now;
        subscription.updatedAt = now;
        subscriptions.persist(subscription);
        return subscription;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<WebhookSubscription> list() {
        return subscriptions.listInCreationOrder();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public WebhookSubscription get(UUID id) {
        return existing(id);
    }

    /** Pausing queues deliveries without sending them; resuming also re-enables a subscription that was disabled. */
    public WebhookSubscription change(UUID id, long version, WebhookChange change) {
        WebhookSubscription subscription = existing(id);
        if (subscription.version != version) {
            throw new StaleVersionException(version, subscription.version);
        }
        if (change.url() != null) {
            targets.check(change.url());
            subscription.url = change.url();
        }
        if (change.eventTypes() != null) {
            subscription.eventTypes = distinct(change.eventTypes());
        }
        if (Boolean.TRUE.equals(change.paused())) {
            subscription.status = WebhookStatus.PAUSED;
        } else if (Boolean.FALSE.equals(change.paused())) {
            subscription.status = WebhookStatus.ACTIVE;
            subscription.disabledReason = null;
            subscription.disabledAt = null;
        }
        subscription.updatedAt = clock.instant();
        return subscription;
    }

    /**
     * The subscription and its delivery log are removed; nothing more is sent to it. The subscription is locked
     * first, as a sender recording attempts locks it, so the two wait for each other instead of deadlocking.
     */
    public void delete(UUID id) {
        WebhookSubscription subscription = subscriptions.findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> new WebhookNotFoundException(id));
        deliveries.delete("subscriptionId", id);
        subscriptions.delete(subscription);
    }

    /**
     * A new secret signs from now on; the old one keeps signing beside it for the grace period, so receivers can
     * switch over without missing a delivery.
     */
    public WebhookSubscription rotateSecret(UUID id) {
        WebhookSubscription subscription = existing(id);
        Instant now = clock.instant();
        subscription.previousSecret = subscription.secret;
        subscription.previousSecretExpiresAt = now.plus(secretGracePeriod);
        subscription.secret = WebhookSecrets.generate();
        subscription.updatedAt = now;
        return subscription;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<WebhookDelivery> deliveries(UUID id, PageCursor after, int limit) {
        existing(id);
        return deliveries.log(id, after, limit);
    }

    /**
     * Sends a delivery again, with the same webhook-id so receivers can recognise it, and a fresh retry window. It
     * keeps its place in the subscription's order: later events wait until it is delivered.
     */
    public WebhookDelivery redeliver(UUID id, UUID messageId) {
        existing(id);
        WebhookDelivery delivery = deliveries.findInSubscription(id, messageId)
                .orElseThrow(() -> new WebhookNotFoundException(id, messageId));
        if (delivery.status == DeliveryStatus.PENDING) {
            throw new WorkflowConflictException("The delivery is still pending; it is sent without being asked");
        }
        delivery.status = DeliveryStatus.PENDING;
        delivery.attempts = 0;
        delivery.firstAttemptAt = null;
        delivery.nextAttemptAt = clock.instant();
        return delivery;
    }

    private WebhookSubscription existing(UUID id) {
        return subscriptions.findByIdOptional(id).orElseThrow(() -> new WebhookNotFoundException(id));
    }

    private static List<String> distinct(List<String> eventTypes) {
        return eventTypes.stream().distinct().toList();
    }
}
