package no.newsroom.claims.domain;

import no.newsroom.claims.model.ClaimStatus;

import java.util.List;

/**
 * A change would alter what a pending or approved verdict is about (HTTP 409). The problem names the transitions
 * that reopen the claim, after which the change is possible.
 */
public class VerdictLockedException extends RuntimeException {

    private final transient List<ClaimStatus> reopenTo;

    public VerdictLockedException(String message, List<ClaimStatus> reopenTo) {
        super(message);
        this.reopenTo = reopenTo;
    }

    public List<ClaimStatus> reopenTo() {
        return reopenTo;
    }
}
