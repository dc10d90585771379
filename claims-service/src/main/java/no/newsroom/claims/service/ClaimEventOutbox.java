package no.newsroom.claims.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import no.newsroom.claims.model.Claim;
import no.newsroom.claims.model.ClaimEvent;
import no.newsroom.claims.repository.ClaimEventRepository;
import no.newsroom.support.outbox.OutboxOrder;

import java.time.Instant;
import java.util.List;
import java.util.Map;

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

    private final ClaimEventRepository events;

    public ClaimEventOutbox(ClaimEventRepository events) {
        this.events = events;
    }

    public void publish(Claim claim, String type, Instant at, boolean visibleToReaders, Map<String, Object> data) {
        // Event ids must become visible in commit order; see OutboxOrder.
        events.getEntityManager().createNativeQuery(OutboxOrder.LOCK_SQL).getSingleResult();
        ClaimEvent event = new ClaimEvent();
        event.type = type;
        event.occurredAt = at;
        event.subjectId = claim.id;
        event.articleId = claim.articleId;
        event.isPublic = visibleToReaders;
        event.data = data;
        events.persist(event);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ClaimEvent> after(long after, int limit, boolean publicOnly) {
        return events.after(after, limit, publicOnly);
    }
}
