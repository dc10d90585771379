package no.newsroom.claims.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import no.newsroom.claims.model.WebhookSubscription;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class WebhookSubscriptionRepository implements PanacheRepositoryBase<WebhookSubscription, UUID> {

    /**
     * Leases active subscriptions whose oldest pending delivery is due, so that this sender alone sends their
     * deliveries until {@code leaseEnd}. {@code skip locked} lets replicas lease at the same time without waiting for
     * each other; the lease columns are written directly, so a subscription's version (its ETag) does not change.
     */
    public List<UUID> leaseDue(Instant now, Instant leaseEnd, int limit) {
        @SuppressWarnings("unchecked")
        List<UUID> due = getEntityManager().createNativeQuery("""
                        select s.id from webhook_subscription s
                        where s.status = 'ACTIVE' and (s.leased_until is null or s.leased_until <= ?1)
                          and (select d.next_attempt_at from webhook_delivery d
                               where d.subscription_id = s.id and d.status = 'PENDING'
                               order by d.id limit 1) <= ?1
                        order by s.id
                        limit ?2
                        for update of s skip locked""", UUID.class)
                .setParameter(1, now)
                .setParameter(2, limit)
                .getResultList();
        if (!due.isEmpty()) {
            getEntityManager().createNativeQuery("update webhook_subscription set leased_until = ?1 where id in (?2)")
                    .setParameter(1, leaseEnd)
                    .setParameter(2, due)
                    .executeUpdate();
        }
        return due;
    }

    public void releaseLease(UUID id) {
        getEntityManager().createNativeQuery("update webhook_subscription set leased_until = null where id = ?1")
                .setParameter(1, id)
                .executeUpdate();
    }

    /** Oldest first; subscriptions are few (one or a handful per client system). */
    public List<WebhookSubscription> listInCreationOrder() {
        return list("order by createdAt, id");
    }
}
