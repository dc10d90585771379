package no.newsroom.claims.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import no.newsroom.claims.model.Claim;
import no.newsroom.claims.model.ClaimHistoryEntry;
import no.newsroom.claims.repository.ClaimHistoryRepository;

import java.time.Instant;

/** Appends to a claim's history inside the transaction of the change, so the trail is complete or nothing is. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class AuditTrail {

    private final ClaimHistoryRepository history;

    public AuditTrail(ClaimHistoryRepository history) {
        this.history = history;
    }

    public void record(Claim claim, Instant at, String actor, String action, String field, Object from, Object to,
                       String reason) {
        ClaimHistoryEntry entry = new ClaimHistoryEntry();
        entry.claimId = claim.id;
        entry.at = at;
        entry.actor = actor;
        entry.action = action;
        entry.field = field;
        entry.oldValue = from == null ? null : from.toString();
        entry.newValue = to == null ? null : to.toString();
        entry.reason = reason;
        history.persist(entry);
    }
}
