package no.newsroom.claims.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import no.newsroom.claims.domain.Actor;
import no.newsroom.claims.domain.VerificationWorkflow;
import no.newsroom.claims.domain.WorkflowState;
import no.newsroom.claims.matching.Relation;
import no.newsroom.claims.model.Claim;
import no.newsroom.claims.model.Evidence;
import no.newsroom.claims.repository.ClaimMatchRepository;
import no.newsroom.claims.repository.ClaimRepository;
import no.newsroom.claims.repository.EvidenceRepository;

/**
 * Claims linked by confirmed SAME matches, directly or through each other, form a group that shares its verdicts:
 * a verdict approved on one claim is proposed on each other open claim of the group, where a second verifier must
 * still approve it.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class VerdictSharingService {

    private final ClaimMatchRepository matches;
    private final ClaimRepository claims;
    private final EvidenceRepository evidence;
    private final AuditTrail audit;
    private final ClaimEventOutbox outbox;

    public VerdictSharingService(ClaimMatchRepository matches, ClaimRepository claims, EvidenceRepository evidence,
                                 AuditTrail audit, ClaimEventOutbox outbox) {
        this.matches = matches;
        this.claims = claims;
        this.evidence = evidence;
        this.audit = audit;
        this.outbox = outbox;
    }

    /**
     * Proposes the source's just-approved verdict on the open claims of its group, with copies of the evidence it
     * relied on, the approver as proposer, history on every claim involved and one staff event naming them all.
     *
     * @return the claims the verdict was proposed on
     */
    public List<Claim> shareApprovedVerdict(Claim source, Actor approver, Instant now) {
        List<UUID> others = group(source.id).stream().filter(id -> !id.equals(source.id)).toList();
        if (others.isEmpty()) {
            return List.of();
        }
        List<Evidence> reliedOn = evidence.currentForClaim(source.id);
        List<Claim> proposed = new ArrayList<>();
        for (Claim other : lockOpenClaims(others)) {
            if (VerificationWorkflow.isOpen(ClaimWorkflowService.stateOf(other))) {
                propose(source, other, reliedOn, approver, now);
                proposed.add(other);
            }
        }
        if (!proposed.isEmpty()) {
            audit.record(source, now, approver.name(), "verdict-shared", "sharedWith", null,
                    String.join(", ", proposed.stream().map(claim -> claim.id.toString()).toList()), null);
            outbox.publish(source, ClaimEventOutbox.VERDICT_SHARED, now, false, eventData(source, proposed));
        }
        return proposed;
    }

    private void propose(Claim source, Claim other, List<Evidence> reliedOn, Actor approver, Instant now) {
        reliedOn.forEach(item -> evidence.persist(copyOf(item, other.id, approver.name(), now)));
        evidence.flush();
        WorkflowState before = ClaimWorkflowService.stateOf(other);
        WorkflowState after = VerificationWorkflow.shareVerdict(before, source.status, source.verdictRationale,
                evidence.summary(other.id), approver);
        ClaimWorkflowService.apply(other, after, now);
        other.verdictSharedFrom = source.id;
        other.verdictSharedAt = now;
        audit.record(other, now, approver.name(), "verdict-shared", "status", before.status(), after.status(),
                "shared from claim " + source.id + ": " + after.verdictRationale());
    }

    /** The claims reachable from this one through confirmed SAME matches, itself included. */
    private Set<UUID> group(UUID claimId) {
        Set<UUID> seen = new LinkedHashSet<>(List.of(claimId));
        List<UUID> frontier = List.of(claimId);
        while (!frontier.isEmpty()) {
            frontier = matches.confirmedNeighbours(frontier, Relation.SAME).stream().filter(seen::add).toList();
        }
        return seen;
    }

    /**
     * Locks the open claims among the ids, in id order, and loads them. Claims with a verdict are never locked: the
     * claim being approved holds one, so two approvals in one group cannot wait for each other's source. PostgreSQL
     * re-checks the condition on a row a concurrent transaction changed, so a claim that got a verdict meanwhile is
     * left out.
     */
    @SuppressWarnings("unchecked")
    private List<Claim> lockOpenClaims(List<UUID> ids) {
        List<Object> open = claims.getEntityManager().createNativeQuery("select id from claim "
                        + "where id = any(cast(:ids as uuid[])) and withdrawn_at is null "
                        + "and status in ('UNVERIFIED', 'IN_REVIEW') order by id for no key update")
                .setParameter("ids", ids.toArray(UUID[]::new))
                .getResultList();
        return open.isEmpty() ? List.of() : claims.list("id in ?1 order by id", open.stream().map(id -> (UUID) id)
                .toList());
    }

    private static Evidence copyOf(Evidence item, UUID claimId, String approver, Instant now) {
        Evidence copy = new Evidence();
        copy.id = UUID.randomUUID();
        copy.claimId = claimId;
        copy.type = item.type;
        copy.url = item.url;
        copy.description = item.description;
        copy.independent = item.independent;
        copy.addedBy = approver;
        copy.addedAt = now;
        copy.reliedOn = true;
        copy.takenFrom = item.claimId;
        return copy;
    }

    /** Every claim involved, with its article and block, so each affected page can refresh. */
    private static Map<String, Object> eventData(Claim source, List<Claim> proposed) {
        List<Map<String, Object>> affected = new ArrayList<>();
        affected.add(affected(source));
        proposed.forEach(claim -> affected.add(affected(claim)));
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("from", source.id.toString());
        data.put("verdict", source.status.name());
        data.put("pendingApproval", true);
        data.put("claims", affected);
        data.put("articleIds", affected.stream().map(claim -> claim.get("articleId")).distinct().toList());
        return data;
    }

    private static Map<String, Object> affected(Claim claim) {
        return Map.of("claimId", claim.id.toString(), "articleId", claim.articleId.toString(),
                "blockId", claim.anchorBlockId.toString(), "status", claim.status.name());
    }
}
