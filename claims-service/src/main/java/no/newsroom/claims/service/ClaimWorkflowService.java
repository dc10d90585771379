package no.newsroom.claims.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import no.newsroom.claims.domain.Actor;
import no.newsroom.claims.domain.VerificationWorkflow;
import no.newsroom.claims.domain.WorkflowState;
import no.newsroom.claims.model.Claim;
import no.newsroom.claims.model.ClaimStatus;
import no.newsroom.claims.repository.EvidenceRepository;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** Moves claims through {@link VerificationWorkflow}, recording history and events in the same transaction. */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRED)
public class ClaimWorkflowService {

    private final ClaimLookup lookup;
    private final EvidenceRepository evidence;
    private final AuditTrail audit;
    private final ClaimEventOutbox outbox;
    private final Event<WorkflowMetrics.Step> steps;
    private final VerdictSharingService sharing;
    private final Clock clock;

    public ClaimWorkflowService(ClaimLookup lookup, EvidenceRepository evidence, AuditTrail audit,
                                ClaimEventOutbox outbox, Event<WorkflowMetrics.Step> steps,
                                VerdictSharingService sharing, Clock clock) {
        this.lookup = lookup;
        this.evidence = evidence;
        this.audit = audit;
        this.outbox = outbox;
        this.steps = steps;
        this.sharing = sharing;
        this.clock = clock;
    }

    public Claim transition(UUID id, long expectedVersion, ClaimStatus to, String rationale, String reason,
                            Actor actor) {
        Claim claim = lookup.forUpdate(id, expectedVersion);
        WorkflowState before = stateOf(claim);
        WorkflowState after = VerificationWorkflow.transition(before, to, rationale, reason,
                evidence.summary(claim.id), actor);
        Instant now = clock.instant();
        apply(claim, after, now);
        // A verifier's own proposal or a reopen replaces a verdict shared from another claim.
        claim.verdictSharedFrom = null;
        claim.verdictSharedAt = null;
        if (to.isVerdict()) {
            evidence.currentForClaim(claim.id).forEach(item -> item.reliedOn = true);
        } else {
            claim.approvedBy = null;
            claim.approvedAt = null;
        }
        audit.record(claim, now, actor.name(), "transitioned", "status", before.status(), after.status(),
                to.isVerdict() ? rationale : reason);
        boolean publicChange = before.publicStatus() != after.publicStatus();
        outbox.publish(claim, ClaimEventOutbox.STATUS_CHANGED, now, publicChange,
                publicChange ? publicStatusData(before, after) : statusData(before, after));
        lookup.flush();
        steps.fire(new WorkflowMetrics.Step(before.status(), after.status(), false, null));
        return claim;
    }

    public Claim approve(UUID id, long expectedVersion, Actor actor) {
        Claim claim = lookup.forUpdate(id, expectedVersion);
        WorkflowState before = stateOf(claim);
        WorkflowState after = VerificationWorkflow.approve(before, actor, evidence.summary(claim.id));
        Instant now = clock.instant();
        apply(claim, after, now);
        claim.approvedBy = actor.name();
        claim.approvedAt = now;
        audit.record(claim, now, actor.name(), "approved", "publicStatus", before.publicStatus(), after.publicStatus(),
                null);
        // Sharing locks the group's open claims: before the outbox write takes the outbox lock, as everywhere.
        sharing.shareApprovedVerdict(claim, actor, now);
        outbox.publish(claim, ClaimEventOutbox.APPROVED, now, true, publicStatusData(before, after));
        lookup.flush();
        steps.fire(new WorkflowMetrics.Step(before.publicStatus(), after.publicStatus(), true,
                after.publicStatus().isVerdict() ? Duration.between(claim.createdAt, now) : null));
        return claim;
    }

    public Claim withdraw(UUID id, long expectedVersion, String reason, String actor) {
        Claim claim = lookup.forUpdate(id, expectedVersion);
        WorkflowState after = VerificationWorkflow.withdraw(stateOf(claim), reason);
        Instant now = clock.instant();
        apply(claim, after, now);
        claim.withdrawnAt = now;
        claim.withdrawnBy = actor;
        claim.withdrawalReason = reason.strip();
        audit.record(claim, now, actor, "withdrawn", "withdrawn", false, true, claim.withdrawalReason);
        outbox.publish(claim, ClaimEventOutbox.WITHDRAWN, now, false, Map.of("reason", claim.withdrawalReason));
        lookup.flush();
        return claim;
    }

    public static WorkflowState stateOf(Claim claim) {
        return new WorkflowState(claim.status, claim.publicStatus, claim.pendingApproval, claim.proposedBy,
                claim.proposerIssuer, claim.proposerSubject, claim.verdictRationale, claim.withdrawnAt != null);
    }

    static void apply(Claim claim, WorkflowState state, Instant now) {
        claim.status = state.status();
        claim.publicStatus = state.publicStatus();
        claim.pendingApproval = state.pendingApproval();
        claim.proposedBy = state.proposedBy();
        claim.proposerIssuer = state.proposerIssuer();
        claim.proposerSubject = state.proposerSubject();
        claim.verdictRationale = state.verdictRationale();
        claim.updatedAt = now;
    }

    /** What readers may know of a change: the status they saw before and the one they see now. */
    private static Map<String, Object> publicStatusData(WorkflowState before, WorkflowState after) {
        return Map.of("from", before.publicStatus().name(), "to", after.publicStatus().name(),
                "publicStatus", after.publicStatus().name());
    }

    private static Map<String, Object> statusData(WorkflowState before, WorkflowState after) {
        Map<String, Object> data = new HashMap<>();
        data.put("from", before.status().name());
        data.put("to", after.status().name());
        data.put("status", after.status().name());
        data.put("publicStatus", after.publicStatus().name());
        data.put("pendingApproval", after.pendingApproval());
        return data;
    }
}
