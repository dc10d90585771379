package no.newsroom.claims.rest;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import no.newsroom.claims.domain.ClaimNotFoundException;
import no.newsroom.claims.domain.ClaimRuleException;
import no.newsroom.claims.domain.EvidenceNotFoundException;
import no.newsroom.claims.domain.MatchNotFoundException;
import no.newsroom.claims.domain.SelfApprovalException;
import no.newsroom.claims.domain.TransitionNotAllowedException;
import no.newsroom.claims.domain.VerdictLockedException;
import no.newsroom.claims.domain.WebhookNotFoundException;
import no.newsroom.claims.domain.WebhookTargetRefusedException;
import no.newsroom.claims.domain.WorkflowConflictException;
import no.newsroom.claims.domain.StaleVersionException;
import no.newsroom.claims.extraction.UnsupportedLanguageException;
import no.newsroom.claims.repository.InvalidCursorException;
import no.newsroom.support.rest.PreconditionRequiredException;
import no.newsroom.support.rest.Problem;
import no.newsroom.support.rest.UnknownVersionException;
import org.hibernate.StaleObjectStateException;
import org.hibernate.exception.JDBCConnectionException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/** The one place where failures become {@code application/problem+json} responses. */
public class ProblemMapper {

    private static final String TYPE_BASE = "https://newsroom.example/problems/";

    @ServerExceptionMapper
    public Response databaseUnavailable(JDBCConnectionException e, UriInfo uri) {
        Response response = problem(503, "database-unavailable", "Database unavailable",
                "The database connection was lost and nothing was saved; try again shortly", uri);
        response.getHeaders().add(HttpHeaders.RETRY_AFTER, "5");
        return response;
    }

    @ServerExceptionMapper
    public Response notFound(ClaimNotFoundException e, UriInfo uri) {
        return problem(404, "not-found", "Claim not found", e.getMessage(), uri);
    }

    @ServerExceptionMapper
    public Response matchNotFound(MatchNotFoundException e, UriInfo uri) {
        return problem(404, "not-found", "Match not found", e.getMessage(), uri);
    }

    @ServerExceptionMapper
    public Response evidenceNotFound(EvidenceNotFoundException e, UriInfo uri) {
        return problem(404, "not-found", "Evidence not found", e.getMessage(), uri);
    }

    @ServerExceptionMapper
    public Response webhookNotFound(WebhookNotFoundException e, UriInfo uri) {
        return problem(404, "not-found", "Webhook subscription not found", e.getMessage(), uri);
    }

    @ServerExceptionMapper
    public Response webhookTargetRefused(WebhookTargetRefusedException e, UriInfo uri) {
        return build(new Problem(TYPE_BASE + "webhook-target", "Webhook target not allowed", 422, e.getMessage(),
                path(uri), List.of(new Problem.FieldError("url", e.getMessage()))));
    }

    @ServerExceptionMapper
    public Response transitionNotAllowed(TransitionNotAllowedException e, UriInfo uri) {
        return build(new Problem(TYPE_BASE + "transition-not-allowed", "Transition not allowed", 409, e.getMessage(),
                path(uri), null, e.allowed().stream().map(Enum::name).toList()));
    }

    @ServerExceptionMapper
    public Response workflowConflict(WorkflowConflictException e, UriInfo uri) {
        return problem(409, "workflow-conflict", "Not possible in the claim's current state", e.getMessage(), uri);
    }

    @ServerExceptionMapper
    public Response verdictLocked(VerdictLockedException e, UriInfo uri) {
        return build(new Problem(TYPE_BASE + "verdict-locked", "Reopen the claim first", 409, e.getMessage(),
                path(uri), null, e.reopenTo().stream().map(Enum::name).toList()));
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
        return build(new Problem(TYPE_BASE + "claim-rule", "The claim breaks a domain rule", 422, e.getMessage(),
                path(uri), errors));
    }

    @ServerExceptionMapper({StaleVersionException.class, UnknownVersionException.class})
    public Response stale(RuntimeException e, UriInfo uri) {
        return problem(412, "stale-version", "The resource has changed",
                "The resource has changed since you read it; fetch it again and reapply your change", uri);
    }

    @ServerExceptionMapper({OptimisticLockException.class, StaleObjectStateException.class})
    public Response concurrentUpdate(RuntimeException e, UriInfo uri) {
        return problem(412, "stale-version", "The resource has changed",
                "Another update was saved first; fetch the resource again and reapply your change", uri);
    }

    @ServerExceptionMapper
    public Response preconditionRequired(PreconditionRequiredException e, UriInfo uri) {
        return problem(428, "precondition-required", "If-Match required", e.getMessage(), uri);
    }

    @ServerExceptionMapper
    public Response unsupportedLanguage(UnsupportedLanguageException e, UriInfo uri) {
        return build(new Problem(TYPE_BASE + "validation", "Invalid request", 400, e.getMessage(), path(uri),
                List.of(new Problem.FieldError("language", e.getMessage()))));
    }

    @ServerExceptionMapper
    public Response invalidCursor(InvalidCursorException e, UriInfo uri) {
        return build(new Problem(TYPE_BASE + "validation", "Invalid request", 400, e.getMessage(), path(uri),
                List.of(new Problem.FieldError("cursor", e.getMessage()))));
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e, UriInfo uri) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(violation -> new Problem.FieldError(fieldOf(violation), violation.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        String detail = errors.stream().map(error -> error.field() + ": " + error.message())
                .collect(Collectors.joining("; "));
        return build(new Problem(TYPE_BASE + "validation", "Invalid request", 400, detail, path(uri), errors));
    }

    @ServerExceptionMapper
    public Response unknownField(UnrecognizedPropertyException e, UriInfo uri) {
        String field = jsonPath(e);
        return build(new Problem(TYPE_BASE + "validation", "Invalid request", 400,
                "Unknown field '" + e.getPropertyName() + "'", path(uri),
                List.of(new Problem.FieldError(field, "unknown field"))));
    }

    @ServerExceptionMapper
    public Response wrongType(MismatchedInputException e, UriInfo uri) {
        String field = jsonPath(e);
        return build(new Problem(TYPE_BASE + "validation", "Invalid request", 400,
                "Field '" + field + "' has the wrong type or format", path(uri),
                List.of(new Problem.FieldError(field, "wrong type or format"))));
    }

    @ServerExceptionMapper({JsonParseException.class, JsonMappingException.class})
    public Response malformedJson(Exception e, UriInfo uri) {
        return problem(400, "malformed-json", "Malformed JSON", "The request body is not valid JSON", uri);
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, UriInfo uri) {
        return withChallenge(problem(401, "unauthorized", "Authentication required",
                "Send a valid bearer token in the Authorization header", uri));
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, UriInfo uri) {
        return withChallenge(problem(401, "unauthorized", "Authentication failed",
                "The bearer token is invalid or expired", uri));
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        String detail = e.getMessage() == null || e.getMessage().isBlank()
                ? "Your role does not allow this operation" : e.getMessage();
        return problem(403, "forbidden", "Not allowed", detail, uri);
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e, UriInfo uri) {
        Response.StatusType status = e.getResponse().getStatusInfo();
        Response problem = build(new Problem("about:blank", status.getReasonPhrase(), status.getStatusCode(),
                e.getMessage(), path(uri), null));
        e.getResponse().getHeaders().forEach((name, values) -> {
            if (!name.equalsIgnoreCase(HttpHeaders.CONTENT_TYPE)) {
                values.forEach(value -> problem.getHeaders().add(name, value));
            }
        });
        return problem;
    }

    private static Response problem(int status, String type, String title, String detail, UriInfo uri) {
        return build(new Problem(TYPE_BASE + type, title, status, detail, path(uri), null));
    }

    private static Response build(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    private static Response withChallenge(Response response) {
        response.getHeaders().add(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        return response;
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : "/" + uri.getPath().replaceFirst("^/", "");
    }

    /**
     * {@code create.request.title} → {@code title}, {@code create.request.eventTypes[0].<list element>} →
     * {@code eventTypes[0]}: clients know fields, not Java method names.
     */
    private static String fieldOf(ConstraintViolation<?> violation) {
        String path = violation.getPropertyPath().toString().replace(".<list element>", "");
        String[] parts = path.split("\\.", 3);
        return parts.length == 3 ? parts[2] : parts[parts.length - 1];
    }

    private static String jsonPath(JsonMappingException e) {
        return e.getPath().stream()
                .map(reference -> reference.getFieldName() != null
                        ? reference.getFieldName() : "[" + reference.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }
}
