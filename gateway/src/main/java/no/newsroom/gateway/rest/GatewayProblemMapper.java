package no.newsroom.gateway.rest;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import no.newsroom.gateway.client.ServiceUnavailableException;
import no.newsroom.gateway.service.TooManyStreamsException;
import no.newsroom.support.rest.Problem;
import org.eclipse.microprofile.faulttolerance.exceptions.BulkheadException;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/** The gateway's own failures as problem+json; downstream problems are passed through, not mapped here. */
public class GatewayProblemMapper {

    static final String TYPE_BASE = "https://newsroom.example/problems/";
    static final String RETRY_AFTER_SECONDS = "5";

    @ServerExceptionMapper
    public Response unavailable(ServiceUnavailableException e, UriInfo uri) {
        return unavailable(e.service(), uri);
    }

    @ServerExceptionMapper({TimeoutException.class, CircuitBreakerOpenException.class, BulkheadException.class})
    public Response guardTripped(RuntimeException e, UriInfo uri) {
        return unavailable("a backend service", uri);
    }

    @ServerExceptionMapper
    public Response tooManyStreams(TooManyStreamsException e, UriInfo uri) {
        Response response = e.callerCap()
                ? problem(429, "too-many-streams", "Too many event streams", e.getMessage()
                + "; close one or retry later", uri)
                : problem(503, "streams-full", "Event streams full", e.getMessage() + "; retry later", uri);
        response.getHeaders().add(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
        return response;
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e, UriInfo uri) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(violation -> {
                    String[] path = violation.getPropertyPath().toString().split("\\.");
                    return new Problem.FieldError(path[path.length - 1], violation.getMessage());
                })
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        String detail = errors.stream().map(error -> error.field() + ": " + error.message())
                .collect(Collectors.joining("; "));
        return build(new Problem(TYPE_BASE + "validation", "Invalid request", 400, detail, path(uri), errors));
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
        return problem(403, "forbidden", "Not allowed", "Your role does not allow this operation", uri);
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e, UriInfo uri) {
        Response.StatusType status = e.getResponse().getStatusInfo();
        Response problem = build(new Problem("about:blank", status.getReasonPhrase(), status.getStatusCode(),
                e.getMessage(), path(uri), null));
        // A 405 must say which methods the resource has (RFC 9110, 15.5.6).
        String allowed = e.getResponse().getHeaderString(HttpHeaders.ALLOW);
        if (allowed != null) {
            problem.getHeaders().putSingle(HttpHeaders.ALLOW, allowed);
        }
        return problem;
    }

    private static Response unavailable(String service, UriInfo uri) {
        Response response = problem(503, "service-unavailable", "Service unavailable",
                service + " is not answering; try again shortly", uri);
        response.getHeaders().add(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
        return response;
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
        return "/" + uri.getPath().replaceFirst("^/", "");
    }
}
