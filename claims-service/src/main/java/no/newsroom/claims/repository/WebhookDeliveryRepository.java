package no.newsroom.claims.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import no.newsroom.claims.model.DeliveryStatus;
import no.newsroom.claims.model.EventSource;
import no.newsroom.claims.model.WebhookDelivery;
import no.newsroom.support.paging.Page;
import no.newsroom.support.paging.PageCursor;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

@ApplicationScoped
public class WebhookDeliveryRepository implements PanacheRepository<WebhookDelivery> {

    private static final String LOG_ORDER = "deliveries";

    /**
     * Queues one event for every subscription that wants its type, is not disabled and existed when the event
     * happened (a new subscription gets what happens from then on, not the backlog). An event read twice (two
     * replicas, or a batch read again after a failure) is queued once.
     *
     * @return how many deliveries were queued
     */
    public int queueForSubscribers(EventSource source, long eventId, String type, String payloadJson,
                                   Instant occurredAt, Instant now) {
        return getEntityManager().createNativeQuery("""
                        insert into webhook_delivery (message_id, subscription_id, event_source, event_id, event_type,
                                                      payload, status, attempts, next_attempt_at, created_at)
                        select gen_random_uuid(), s.id, ?1, ?2, ?3, cast(?4 as jsonb), 'PENDING', 0, ?5, ?5
                        from webhook_subscription s
                        where s.status <> 'DISABLED' and ?3 = any(s.event_types) and s.created_at <= ?6
                        order by s.id
                        on conflict (subscription_id, event_source, event_id) do nothing""")
                .setParameter(1, source.name())
                .setParameter(2, eventId)
                .setParameter(3, type)
                .setParameter(4, payloadJson)
                .setParameter(5, now)
                .setParameter(6, occurredAt)
                .executeUpdate();
    }

    /** The first {@code limit} pending deliveries of a subscription, in the order they must be sent. */
    public List<WebhookDelivery> pendingInOrder(UUID subscriptionId, int limit) {
        return find("subscriptionId = ?1 and status = ?2 order by id", subscriptionId, DeliveryStatus.PENDING)
                .range(0, limit - 1).list();
    }

    public Map<Long, WebhookDelivery> byIds(List<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return list("id in ?1", ids).stream().collect(Collectors.toMap(delivery -> delivery.id, delivery -> delivery));
    }

    public Optional<WebhookDelivery> findInSubscription(UUID subscriptionId, UUID messageId) {
        return find("subscriptionId = ?1 and messageId = ?2", subscriptionId, messageId).firstResultOptional();
    }

    /** The delivery log of a subscription, newest first. */
    public Page<WebhookDelivery> log(UUID subscriptionId, PageCursor after, int limit) {
        PageCursor position = after == null ? null : after.requireOrder(LOG_ORDER);
        var query = position == null
                ? find("subscriptionId = ?1 order by createdAt desc, messageId desc", subscriptionId)
                : find("subscriptionId = ?1 and (createdAt < ?2 or (createdAt = ?2 and messageId < ?3)) "
                        + "order by createdAt desc, messageId desc", subscriptionId, position.instantKey(),
                        position.id());
        List<WebhookDelivery> rows = query.range(0, limit).list();
        boolean more = rows.size() > limit;
        List<WebhookDelivery> items = more ? rows.subList(0, limit) : rows;
        WebhookDelivery last = more ? items.get(items.size() - 1) : null;
        return new Page<>(items, last == null ? null : PageCursor.of(LOG_ORDER, last.createdAt, last.messageId),
                count("subscriptionId", subscriptionId));
    }
}
