package no.newsroom.claims.domain;

import no.newsroom.claims.model.ClaimStatus;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static no.newsroom.claims.model.ClaimStatus.CONFIRMED;
import static no.newsroom.claims.model.ClaimStatus.FALSE;
import static no.newsroom.claims.model.ClaimStatus.IN_REVIEW;
import static no.newsroom.claims.model.ClaimStatus.MISLEADING;
import static no.newsroom.claims.model.ClaimStatus.PARTLY_CONFIRMED;
import static no.newsroom.claims.model.ClaimStatus.UNVERIFIED;

/**
 * The verification state machine: UNVERIFIED → IN_REVIEW → a verdict, and a verdict back to IN_REVIEW or
 * UNVERIFIED (reopen, with a reason). A verdict is only proposed; it reaches readers when a second verifier
 * approves it. Moving back to a non-verdict status is public at once, so readers never keep seeing a verdict
 * the desk no longer stands behind.
 */
public final class VerificationWorkflow {

    private static final Set<ClaimStatus> VERDICTS = EnumSet.of(CONFIRMED, PARTLY_CONFIRMED, FALSE, MISLEADING,
            ClaimStatus.UNVERIFIABLE);

    private VerificationWorkflow() {
    }

    public static Set<ClaimStatus> allowedTargets(WorkflowState state) {
        if (state.withdrawn()) {
            return EnumSet.noneOf(ClaimStatus.class);
        }
        return switch (state.status()) {
            case UNVERIFIED -> EnumSet.of(IN_REVIEW);
            case IN_REVIEW -> EnumSet.copyOf(VERDICTS);
            case CONFIRMED, PARTLY_CONFIRMED, FALSE, MISLEADING, UNVERIFIABLE -> EnumSet.of(IN_REVIEW, UNVERIFIED);
        };
    }

    /**
     * What a caller may do with a claim next, so clients offer exactly what {@link #transition} and {@link #approve}
     * would accept instead of keeping their own copy of the rules. Evidence is not consulted: a verdict missing its
     * evidence is still offered and then refused with the rule it breaks.
     */
    public static NextSteps nextSteps(WorkflowState state, Actor caller, boolean mayVerify) {
        if (!mayVerify) {
            return new NextSteps(EnumSet.noneOf(ClaimStatus.class), false);
        }
        boolean mayApprove = !state.withdrawn() && state.pendingApproval()
                && !caller.sameAs(state.proposedBy(), state.proposerIssuer(), state.proposerSubject());
        return new NextSteps(allowedTargets(state), mayApprove);
    }

    /**
     * @throws TransitionNotAllowedException when the workflow has no such edge
     * @throws ClaimRuleException when a verdict lacks its rationale or evidence, or a reopen its reason
     */
    public static WorkflowState transition(WorkflowState state, ClaimStatus to, String rationale, String reason,
                                           EvidenceSummary evidence, Actor actor) {
        Set<ClaimStatus> allowed = allowedTargets(state);
        if (!allowed.contains(to)) {
            throw new TransitionNotAllowedException(state.status(), to, allowed, state.withdrawn());
        }
        if (to.isVerdict()) {
            checkVerdict(to, rationale, evidence);
            return new WorkflowState(to, state.publicStatus(), true, actor.name(), actor.issuer(), actor.subject(),
                    rationale.strip(), false);
        }
        if (state.status().isVerdict() && isBlank(reason)) {
            throw new ClaimRuleException(List.of(new RuleViolation("reason",
                    "reopening a " + state.status() + " verdict needs a reason")));
        }
        return new WorkflowState(to, to, false, null, null, null, null, false);
    }

    /**
     * The evidence rules are checked again: evidence may have changed since the verdict was proposed.
     *
     * @throws WorkflowConflictException when no verdict awaits approval
     * @throws SelfApprovalException when the approver proposed the verdict
     * @throws ClaimRuleException when the verdict no longer has the evidence it needs
     */
    public static WorkflowState approve(WorkflowState state, Actor approver, EvidenceSummary evidence) {
        if (state.withdrawn() || !state.pendingApproval()) {
            throw new WorkflowConflictException("No verdict awaits approval; the claim is " + state.status()
                    + (state.withdrawn() ? " and withdrawn" : ""));
        }
        if (approver.sameAs(state.proposedBy(), state.proposerIssuer(), state.proposerSubject())) {
            throw new SelfApprovalException(approver.name());
        }
        checkVerdict(state.status(), state.verdictRationale(), evidence);
        return new WorkflowState(state.status(), state.status(), false, state.proposedBy(), state.proposerIssuer(),
                state.proposerSubject(), state.verdictRationale(), false);
    }

    /** Open: not withdrawn and without a verdict, so a verdict approved elsewhere in its group may be proposed. */
    public static boolean isOpen(WorkflowState state) {
        return !state.withdrawn() && !state.status().isVerdict();
    }

    /**
     * Proposes a verdict approved on another claim of the same group: it still needs a second verifier here, and
     * the verifier who approved it there is its proposer, so that verifier cannot approve it here as well.
     *
     * @throws WorkflowConflictException when the claim is not open
     * @throws ClaimRuleException when the verdict lacks its rationale or the evidence it needs
     */
    public static WorkflowState shareVerdict(WorkflowState state, ClaimStatus verdict, String rationale,
                                             EvidenceSummary evidence, Actor proposer) {
        if (!isOpen(state) || !verdict.isVerdict()) {
            throw new WorkflowConflictException("A " + verdict + " verdict can be shared only with an open claim; "
                    + "the claim is " + state.status() + (state.withdrawn() ? " and withdrawn" : ""));
        }
        checkVerdict(verdict, rationale, evidence);
        return new WorkflowState(verdict, state.publicStatus(), true, proposer.name(), proposer.issuer(),
                proposer.subject(), rationale.strip(), false);
    }

    /**
     * @throws WorkflowConflictException when the claim is already withdrawn
     * @throws ClaimRuleException without a reason
     */
    public static WorkflowState withdraw(WorkflowState state, String reason) {
        if (state.withdrawn()) {
            throw new WorkflowConflictException("The claim is already withdrawn");
        }
        if (isBlank(reason)) {
            throw new ClaimRuleException(List.of(new RuleViolation("reason", "withdrawing a claim needs a reason")));
        }
        return new WorkflowState(state.status(), state.publicStatus(), state.pendingApproval(), state.proposedBy(),
                state.proposerIssuer(), state.proposerSubject(), state.verdictRationale(), true);
    }

    private static void checkVerdict(ClaimStatus verdict, String rationale, EvidenceSummary evidence) {
        if (isBlank(rationale)) {
            throw new ClaimRuleException(List.of(new RuleViolation("rationale",
                    "a " + verdict + " verdict needs a rationale")));
        }
        boolean needsIndependent = verdict == CONFIRMED || verdict == PARTLY_CONFIRMED;
        if (needsIndependent && evidence.independent() == 0) {
            throw new ClaimRuleException(List.of(new RuleViolation("evidence",
                    verdict + " needs at least one current evidence item marked independent")));
        }
        boolean needsAny = verdict == FALSE || verdict == MISLEADING;
        if (needsAny && evidence.current() == 0) {
            throw new ClaimRuleException(List.of(new RuleViolation("evidence",
                    verdict + " needs at least one current evidence item")));
        }
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
