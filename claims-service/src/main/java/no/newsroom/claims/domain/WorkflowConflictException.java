package no.newsroom.claims.domain;

/** The request does not fit the claim's current state, e.g. approving when nothing awaits approval (HTTP 409). */
public class WorkflowConflictException extends RuntimeException {

    public WorkflowConflictException(String message) {
        super(message);
    }
}
