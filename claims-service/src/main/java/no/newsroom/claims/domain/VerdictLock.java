package no.newsroom.claims.domain;

import no.newsroom.claims.model.ClaimStatus;

import java.util.Collection;
import java.util.List;

/**
 * A verdict, proposed or approved, stays true to the text and evidence it was given on: while the claim holds one,
 * what the verdict is about (its content fields) and the evidence it relied on cannot change. Reopening the claim
 * (back to IN_REVIEW or UNVERIFIED, with a reason) lifts the lock. Assignment and the re-check date stay editable.
 */
public final class VerdictLock {

    private static final List<ClaimStatus> REOPEN_TO = List.of(ClaimStatus.IN_REVIEW, ClaimStatus.UNVERIFIED);

    private VerdictLock() {
    }

    /** @throws VerdictLockedException when content fields change under a verdict */
    public static void checkContentEdit(WorkflowState state, Collection<String> changedContentFields) {
        if (state.status().isVerdict() && !changedContentFields.isEmpty()) {
            throw new VerdictLockedException("The claim has " + describe(state) + "; reopen it (transition to "
                    + "IN_REVIEW or UNVERIFIED with a reason) before changing " + String.join(", ",
                    changedContentFields), REOPEN_TO);
        }
    }

    /** @throws VerdictLockedException when evidence the verdict relied on would be superseded or removed */
    public static void checkEvidenceChange(WorkflowState state, boolean reliedOn) {
        if (state.status().isVerdict() && reliedOn) {
            throw new VerdictLockedException("The claim has " + describe(state) + " that relies on this evidence; "
                    + "reopen it (transition to IN_REVIEW or UNVERIFIED with a reason) before superseding or "
                    + "removing it", REOPEN_TO);
        }
    }

    private static String describe(WorkflowState state) {
        return (state.pendingApproval() ? "a proposed " : "an approved ") + state.status() + " verdict";
    }
}
