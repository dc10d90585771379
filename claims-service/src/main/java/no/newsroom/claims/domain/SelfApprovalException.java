package no.newsroom.claims.domain;

/**
 * The verifier who proposed a verdict tried to approve it. Answered with 403: the caller is authenticated and the
 * claim is in an approvable state, but this particular person is not permitted to be the second pair of eyes.
 */
public class SelfApprovalException extends RuntimeException {

    public SelfApprovalException(String actor) {
        super(actor + " proposed this verdict; a different verifier must approve it");
    }
}
