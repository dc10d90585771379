package no.newsroom.claims.domain;

import no.newsroom.claims.model.ClaimStatus;

import java.util.List;
import java.util.Set;

/** The workflow has no edge from the claim's status to the requested one (HTTP 409, naming the allowed ones). */
public class TransitionNotAllowedException extends RuntimeException {

    private final transient List<ClaimStatus> allowed;

    public TransitionNotAllowedException(ClaimStatus from, ClaimStatus to, Set<ClaimStatus> allowed, boolean withdrawn) {
        super(message(from, to, allowed, withdrawn));
        this.allowed = allowed.stream().sorted().toList();
    }

    public List<ClaimStatus> allowed() {
        return allowed;
    }

    private static String message(ClaimStatus from, ClaimStatus to, Set<ClaimStatus> allowed, boolean withdrawn) {
        if (withdrawn) {
            return "The claim is withdrawn; it cannot move from " + from + " to " + to + " or anywhere else";
        }
        return "A claim cannot move from " + from + " to " + to + "; allowed from " + from + ": "
                + (allowed.isEmpty() ? "none" : allowed.stream().sorted().map(Enum::name).toList());
    }
}
