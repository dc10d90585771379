package no.newsroom.claims.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import no.newsroom.claims.domain.ClaimRuleException;
import no.newsroom.claims.domain.EvidenceDraft;
import no.newsroom.claims.domain.EvidenceNotFoundException;
import no.newsroom.claims.domain.RuleViolation;
import no.newsroom.claims.domain.VerdictLock;
import no.newsroom.claims.domain.WorkflowConflictException;
import no.newsroom.claims.model.Claim;
import no.newsroom.claims.model.Evidence;
import no.newsroom.claims.repository.EvidenceRepository;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Evidence is never deleted. Items a verdict relied on can only be superseded (they stay listed, marked so, and no
 * longer count for new verdicts); items nobody relied on yet can be removed, which hides them but keeps the row.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRED)
public class EvidenceService {

    private final ClaimLookup lookup;
    private final EvidenceRepository evidence;
    private final AuditTrail audit;
    private final ClaimEventOutbox outbox;
    private final Clock clock;

    public EvidenceService(ClaimLookup lookup, EvidenceRepository evidence, AuditTrail audit,
                           ClaimEventOutbox outbox, Clock clock) {
        this.lookup = lookup;
        this.evidence = evidence;
        this.audit = audit;
        this.outbox = outbox;
        this.clock = clock;
    }

    public Evidence add(UUID claimId, EvidenceDraft draft, String actor) {
        Claim claim = lookup.lockedForChange(claimId);
        if (claim.withdrawnAt != null) {
            throw new WorkflowConflictException("The claim is withdrawn; it takes no more evidence");
        }
        Instant now = clock.instant();
        Evidence item = new Evidence();
        item.id = UUID.randomUUID();
        item.claimId = claimId;
        item.type = draft.type();
        item.url = draft.url();
        item.description = draft.description();
        item.independent = draft.independent();
        item.addedBy = actor;
        item.addedAt = now;
        evidence.persist(item);
        audit.record(claim, now, actor, "evidence.added", "evidence", null, describe(item), null);
        outbox.publish(claim, ClaimEventOutbox.EVIDENCE_ADDED, now, false,
                Map.of("evidenceId", item.id.toString(), "type", item.type.name(), "independent", item.independent));
        return item;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Evidence> list(UUID claimId) {
        lookup.existing(claimId);
        return evidence.listForClaim(claimId);
    }

    public Evidence supersede(UUID claimId, UUID evidenceId, String reason, String actor) {
        Claim claim = lookup.lockedForChange(claimId);
        Evidence item = evidence.findForClaim(claimId, evidenceId)
                .orElseThrow(() -> new EvidenceNotFoundException(claimId, evidenceId));
        if (item.supersededAt != null) {
            throw new WorkflowConflictException("This evidence is already superseded");
        }
        VerdictLock.checkEvidenceChange(ClaimWorkflowService.stateOf(claim), item.reliedOn);
        if (reason == null || reason.isBlank()) {
            throw new ClaimRuleException(List.of(new RuleViolation("reason", "superseding evidence needs a reason")));
        }
        Instant now = clock.instant();
        item.supersededAt = now;
        item.supersededBy = actor;
        item.supersedeReason = reason.strip();
        audit.record(claim, now, actor, "evidence.superseded", "evidence", describe(item), null, item.supersedeReason);
        return item;
    }

    /** @throws WorkflowConflictException when a verdict relied on the item: supersede it instead */
    public void remove(UUID claimId, UUID evidenceId, String actor) {
        Claim claim = lookup.lockedForChange(claimId);
        Evidence item = evidence.findForClaim(claimId, evidenceId)
                .orElseThrow(() -> new EvidenceNotFoundException(claimId, evidenceId));
        VerdictLock.checkEvidenceChange(ClaimWorkflowService.stateOf(claim), item.reliedOn);
        if (item.reliedOn) {
            throw new WorkflowConflictException("A verdict relied on this evidence, so it cannot be removed; "
                    + "mark it superseded with POST /claims/" + claimId + "/evidence/" + evidenceId + "/supersession");
        }
        Instant now = clock.instant();
        item.removedAt = now;
        item.removedBy = actor;
        audit.record(claim, now, actor, "evidence.removed", "evidence", describe(item), null, null);
    }

    private static String describe(Evidence item) {
        return item.id + " " + item.type + (item.independent ? " independent" : "")
                + (item.url == null ? "" : " " + item.url);
    }
}
