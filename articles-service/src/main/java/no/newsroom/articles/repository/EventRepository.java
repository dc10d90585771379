package no.newsroom.articles.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import no.newsroom.articles.model.ArticleEvent;

import java.time.Instant;
import java.util.List;

@ApplicationScoped
public class EventRepository implements PanacheRepositoryBase<ArticleEvent, Long> {

    /** Events in the order they were written, after the one a consumer saw last. */
    public List<ArticleEvent> after(long afterId, int limit, boolean includeNonPublic) {
        String query = includeNonPublic ? "id > ?1" : "id > ?1 and isPublic = true";
        return find(query, Sort.ascending("id"), afterId).range(0, limit - 1).list();
    }

    public OutboxBacklog backlogAfter(long deliveredUpTo) {
        Object[] countAndOldest = getEntityManager()
                .createQuery("select count(e), min(e.occurredAt) from ArticleEvent e where e.id > ?1", Object[].class)
                .setParameter(1, deliveredUpTo)
                .getSingleResult();
        return new OutboxBacklog((Long) countAndOldest[0], (Instant) countAndOldest[1]);
    }
}
