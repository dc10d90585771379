package no.newsroom.claims.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import no.newsroom.claims.model.ClaimEvent;

import java.time.Instant;
import java.util.List;

@ApplicationScoped
public class ClaimEventRepository implements PanacheRepository<ClaimEvent> {

    /**
     * Events with an id above {@code after}, oldest first. Readers get the public ones only, and only while the
     * claim's article is published: unpublishing an article hides its claims' events again.
     */
    @SuppressWarnings("unchecked")
    public List<ClaimEvent> after(long after, int limit, boolean publicOnly) {
        if (!publicOnly) {
            return find("id > ?1 order by id", after).range(0, limit - 1).list();
        }
        return getEntityManager().createNativeQuery("select c.* from claim_event c where c.id > :after"
                        + " and c.is_public and " + ArticlePublicationRepository.ARTICLE_PUBLISHED
                        + " order by c.id limit :limit", ClaimEvent.ROW)
                .setParameter("after", after)
                .setParameter("limit", limit)
                .getResultList();
    }

    public OutboxBacklog backlogAfter(long deliveredUpTo) {
        Object[] countAndOldest = getEntityManager()
                .createQuery("select count(e), min(e.occurredAt) from ClaimEvent e where e.id > ?1", Object[].class)
                .setParameter(1, deliveredUpTo)
                .getSingleResult();
        return new OutboxBacklog((Long) countAndOldest[0], (Instant) countAndOldest[1]);
    }
}
