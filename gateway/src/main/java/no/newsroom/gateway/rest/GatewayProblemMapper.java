package no.newsroom.gateway.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import no.newsroom.gateway.client.ServiceUnavailableException;
import no.newsroom.gateway.service.TooManyStreamsException;
import org.eclipse.microprofile.faulttolerance.exceptions.BulkheadException;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import static no.newsroom.support.rest.Problems.problem;
import static no.newsroom.support.rest.Problems.retryLater;

/**
 * The gateway's own failures as problem+json; those of the request itself are mapped by
 * {@link no.newsroom.support.rest.RequestProblemMapper}, downstream problems are passed through, not mapped here.
 */
public class GatewayProblemMapper {

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
        return retryLater(e.callerCap()
                ? problem(429, "too-many-streams", "Too many event streams", e.getMessage()
                + "; close one or retry later", uri)
                : problem(503, "streams-full", "Event streams full", e.getMessage() + "; retry later", uri));
    }

    private static Response unavailable(String service, UriInfo uri) {
        return retryLater(problem(503, "service-unavailable", "Service unavailable",
                service + " is not answering; try again shortly", uri));
    }
}
