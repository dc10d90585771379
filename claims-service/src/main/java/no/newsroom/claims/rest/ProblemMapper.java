package no.newsroom.claims.rest;

import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import no.newsroom.claims.domain.ClaimRuleException;
import no.newsroom.claims.domain.SelfApprovalException;
import no.newsroom.claims.domain.TransitionNotAllowedException;
import no.newsroom.claims.domain.VerdictLockedException;
import no.newsroom.claims.domain.WebhookTargetRefusedException;
import no.newsroom.claims.domain.WorkflowConflictException;
import no.newsroom.claims.extraction.UnsupportedLanguageException;
import no.newsroom.claims.model.ClaimStatus;
import no.newsroom.support.rest.Problem;
import no.newsroom.support.rest.Problems;
import org.hibernate.StaleObjectStateException;
import org.hibernate.exception.JDBCConnectionException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.List;

import static no.newsroom.support.rest.Problems.TYPE_BASE;
import static no.newsroom.support.rest.Problems.instance;
import static no.newsroom.support.rest.Problems.problem;

/**
 * This service's own failures as {@code application/problem+json}; those of the request itself (validation,
 * authentication, preconditions, not found) are mapped once for the suite by
 * {@link no.newsroom.support.rest.RequestProblemMapper}.
 */
public class ProblemMapper {

    @ServerExceptionMapper
    public Response webhookTargetRefused(WebhookTargetRefusedException e, UriInfo uri) {
        return Problems.response(new Problem(TYPE_BASE + "webhook-target", "Webhook target not allowed", 422,
                e.getMessage(), instance(uri), List.of(new Problem.FieldError("url", e.getMessage()))));
    }

    @ServerExceptionMapper
    public Response transitionNotAllowed(TransitionNotAllowedException e, UriInfo uri) {
        return refused(TYPE_BASE + "transition-not-allowed", "Transition not allowed", e.getMessage(), e.allowed(),
                uri);
    }

    @ServerExceptionMapper
    public Response workflowConflict(WorkflowConflictException e, UriInfo uri) {
        return problem(409, "workflow-conflict", "Not possible in the claim's current state", e.getMessage(), uri);
    }

    @ServerExceptionMapper
    public Response verdictLocked(VerdictLockedException e, UriInfo uri) {
        return refused(TYPE_BASE + "verdict-locked", "Reopen the claim first", e.getMessage(), e.reopenTo(), uri);
    }

    @ServerExceptionMapper
    public Response selfApproval(SelfApprovalException e, UriInfo uri) {
        return problem(403, "four-eyes", "A second verifier must approve", e.getMessage(), uri);
    }

    @ServerExceptionMapper
    public Response ruleViolated(ClaimRuleException e, UriInfo uri) {
        List<Problem.FieldError> errors = e.violations().stream()
                .map(violation -> new Problem.FieldError(violation.field(), violation.message()))
                .toList();
        return Problems.response(new Problem(TYPE_BASE + "claim-rule", "The claim breaks a domain rule", 422,
                e.getMessage(), instance(uri), errors));
    }

    @ServerExceptionMapper
    public Response unsupportedLanguage(UnsupportedLanguageException e, UriInfo uri) {
        return Problems.invalidField("language", e.getMessage(), e.getMessage(), uri);
    }

    @ServerExceptionMapper({OptimisticLockException.class, StaleObjectStateException.class})
    public Response concurrentUpdate(RuntimeException e, UriInfo uri) {
        return Problems.concurrentUpdate(uri);
    }

    @ServerExceptionMapper
    public Response databaseUnavailable(JDBCConnectionException e, UriInfo uri) {
        return Problems.databaseUnavailable(uri);
    }

    /** A refused step, with the statuses the claim may move to instead. */
    private static Response refused(String type, String title, String detail, List<ClaimStatus> allowed, UriInfo uri) {
        return Problems.response(new Problem(type, title, 409, detail, instance(uri), null,
                allowed.stream().map(Enum::name).toList()));
    }
}
