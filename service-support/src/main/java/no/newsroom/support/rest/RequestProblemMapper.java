package no.newsroom.support.rest;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import no.newsroom.support.paging.InvalidCursorException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import static no.newsroom.support.rest.Problems.instance;
import static no.newsroom.support.rest.Problems.invalidField;
import static no.newsroom.support.rest.Problems.problem;
import static no.newsroom.support.rest.Problems.response;

/**
 * Failures of the request itself, the same in every service: invalid input, authentication, preconditions, what it
 * names not being there, and plain HTTP errors. Each service maps its own domain failures next to its resources.
 */
public class RequestProblemMapper {

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e, UriInfo uri) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(violation -> new Problem.FieldError(fieldOf(violation), violation.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        String detail = errors.stream().map(error -> error.field() + ": " + error.message())
                .collect(Collectors.joining("; "));
        return response(new Problem(Problems.TYPE_BASE + "validation", "Invalid request", 400, detail,
                instance(uri), errors));
    }

    @ServerExceptionMapper
    public Response invalidCursor(InvalidCursorException e, UriInfo uri) {
        return invalidField("cursor", e.getMessage(), e.getMessage(), uri);
    }

    @ServerExceptionMapper
    public Response invalidParameter(InvalidParameterException e, UriInfo uri) {
        return invalidField(e.parameter(), e.getMessage(), e.parameter() + ": " + e.getMessage(), uri);
    }

    @ServerExceptionMapper
    public Response unknownField(UnrecognizedPropertyException e, UriInfo uri) {
        return invalidField(jsonPath(e), "unknown field", "Unknown field '" + e.getPropertyName() + "'", uri);
    }

    @ServerExceptionMapper
    public Response wrongType(MismatchedInputException e, UriInfo uri) {
        String field = jsonPath(e);
        return invalidField(field, "wrong type or format", "Field '" + field + "' has the wrong type or format", uri);
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
    public Response notFound(ResourceNotFoundException e, UriInfo uri) {
        return problem(404, "not-found", e.title(), e.getMessage(), uri);
    }

    @ServerExceptionMapper({StaleVersionException.class, UnknownVersionException.class})
    public Response stale(RuntimeException e, UriInfo uri) {
        return Problems.staleVersion(uri);
    }

    @ServerExceptionMapper
    public Response preconditionRequired(PreconditionRequiredException e, UriInfo uri) {
        return problem(428, "precondition-required", "If-Match required", e.getMessage(), uri);
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e, UriInfo uri) {
        Response.StatusType status = e.getResponse().getStatusInfo();
        Response problem = response(new Problem("about:blank", status.getReasonPhrase(), status.getStatusCode(),
                e.getMessage(), instance(uri), null));
        e.getResponse().getHeaders().forEach((name, values) -> {
            if (!name.equalsIgnoreCase(HttpHeaders.CONTENT_TYPE)) {
                values.forEach(value -> problem.getHeaders().add(name, value));
            }
        });
        return problem;
    }

    private static Response withChallenge(Response response) {
        response.getHeaders().add(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        return response;
    }

    /**
     * {@code create.request.title} → {@code title}, {@code create.request.eventTypes[0].<list element>} →
     * {@code eventTypes[0]}: clients know fields, not Java method names. A body validated on its own (after a
     * merge patch) already has the field's path.
     */
    static String fieldOf(ConstraintViolation<?> violation) {
        String path = violation.getPropertyPath().toString().replace(".<list element>", "");
        if (violation.getExecutableParameters() == null) {
            return path;
        }
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
