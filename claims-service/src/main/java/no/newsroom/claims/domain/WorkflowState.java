package no.newsroom.claims.domain;

import no.newsroom.claims.model.ClaimStatus;

/**
 * The verification state of a claim: the working {@code status}, the {@code publicStatus} readers see, and the
 * verdict awaiting a second verifier's approval, if any, with who proposed it (name and verified identity).
 */
public record WorkflowState(ClaimStatus status, ClaimStatus publicStatus, boolean pendingApproval, String proposedBy,
                            String proposerIssuer, String proposerSubject, String verdictRationale,
                            boolean withdrawn) {

    public static WorkflowState initial() {
        return new WorkflowState(ClaimStatus.UNVERIFIED, ClaimStatus.UNVERIFIED, false, null, null, null, null, false);
    }
}
