package no.newsroom.claims.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import no.newsroom.claims.model.Claim;
import no.newsroom.claims.model.ClaimEvent;
import no.newsroom.claims.repository.ArticlePublicationRepository;
import no.newsroom.claims.repository.ClaimEventRepository;
import no.newsroom.claims.repository.OutboxBacklog;
import no.newsroom.support.outbox.OutboxOrder;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/** The transactional outbox behind {@code GET /events}: an event is stored if and only if its change is. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ClaimEventOutbox {

    public static final String CREATED = "claim.created";
    public static final String UPDATED = "claim.updated";
    public static final String STATUS_CHANGED = "claim.statusChanged";
    public static final String APPROVED = "claim.approved";
    public static final String WITHDRAWN = "claim.withdrawn";
    public static final String EVIDENCE_ADDED = "claim.evidenceAdded";
    public static final String ANCHOR_CHANGED = "claim.anchorChanged";
    /** Staff only: an approved verdict was proposed on the other open claims of its group of SAME matches. */
    public static final String VERDICT_SHARED = "claim.verdictShared";
    /** Staff only: an article's claims became visible to readers or hidden from them; subject is the article. */
    public static final String VISIBILITY_CHANGED = "claim.visibilityChanged";

    private final ClaimEventRepository events;
    private final ArticlePublicationRepository publications;
    /** The highest {@code after} a feed reader has asked for: every event up to it has been read (since start). */
    private final AtomicLong deliveredUpTo = new AtomicLong();

    public ClaimEventOutbox(ClaimEventRepository events, ArticlePublicationRepository publications) {
        this.events = events;
        this.publications = publications;
    }

    /**
     * @param visibleToReaders whether readers may see this change; then {@code data} must hold public fields
     *                         only. The event is public only while the claim's article is published.
     */
    public void publish(Claim claim, String type, Instant at, boolean visibleToReaders, Map<String, Object> data) {
        store(claim.id, claim.articleId, type, at, visibleToReaders && publications.isPublished(claim.articleId),
                data);
    }

    /** A staff event about all claims of an article. */
    public void publishForArticle(UUID articleId, String type, Instant at, Map<String, Object> data) {
        store(articleId, articleId, type, at, false, data);
    }

    private void store(UUID subjectId, UUID articleId, String type, Instant at, boolean isPublic,
                       Map<String, Object> data) {
        // Event ids must become visible in commit order; see OutboxOrder.
        events.getEntityManager().createNativeQuery(OutboxOrder.LOCK_SQL).getSingleResult();
        ClaimEvent event = new ClaimEvent();
        event.type = type;
        event.occurredAt = at;
        event.subjectId = subjectId;
        event.articleId = articleId;
        event.isPublic = isPublic;
        event.data = data;
        events.persist(event);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ClaimEvent> after(long after, int limit, boolean publicOnly) {
        deliveredUpTo.accumulateAndGet(after, Math::max);
        return events.after(after, limit, publicOnly);
    }

    /** What the feed readers have not read yet: the outbox's lag. */
    @Transactional(Transactional.TxType.REQUIRED)
    public OutboxBacklog backlog() {
        return events.backlogAfter(deliveredUpTo.get());
    }
}
