package no.newsroom.claims.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.util.UUID;

/** What this service knows of each article's publication status, as reported by articles-service's feed. */
@ApplicationScoped
public class ArticlePublicationRepository {

    public static final String PUBLISHED = "PUBLISHED";

    /** SQL condition on a claim aliased {@code c}: its article is published. */
    static final String ARTICLE_PUBLISHED = "exists (select 1 from article_publication p"
            + " where p.article_id = c.article_id and p.status = '" + PUBLISHED + "')";

    private final EntityManager entityManager;

    public ArticlePublicationRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Stores the status an event reports unless a later event has already been stored. */
    public void record(UUID articleId, String status, long eventId) {
        entityManager.createNativeQuery("""
                        insert into article_publication (article_id, status, event_id)
                        values (:article, :status, :event)
                        on conflict (article_id) do update set status = excluded.status, event_id = excluded.event_id
                        where article_publication.event_id < excluded.event_id""")
                .setParameter("article", articleId)
                .setParameter("status", status)
                .setParameter("event", eventId)
                .executeUpdate();
    }

    public boolean isPublished(UUID articleId) {
        return !entityManager.createNativeQuery(
                        "select 1 from article_publication where article_id = :article and status = :status")
                .setParameter("article", articleId)
                .setParameter("status", PUBLISHED)
                .getResultList().isEmpty();
    }
}
