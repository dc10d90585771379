package no.newsroom.gateway.rest;

import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import no.newsroom.gateway.service.RateLimitDecision;
import no.newsroom.gateway.service.RateLimitPolicy;
import no.newsroom.gateway.service.RateLimiter;
import no.newsroom.support.rest.Problem;
import no.newsroom.support.rest.Problems;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Limits writes and extractions per client (the token's subject, or else the remote address), each against its own
 * budget; reads are never limited. Every limited response carries the IETF {@code RateLimit-Policy} and
 * {@code RateLimit} fields, so a batch client can pace itself instead of running into 429s.
 */
public class RateLimitFilter {

    static final String POLICY_HEADER = "RateLimit-Policy";
    static final String STATE_HEADER = "RateLimit";

    private static final Set<String> READS = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);
    private static final String EXTRACTIONS_PATH = ResponseHeaders.API_PREFIX + "/extractions";
    private static final String DECISION = RateLimitFilter.class.getName() + ".decision";

    private final RateLimiter limiter;
    private final Callers callers;

    RateLimitFilter(RateLimiter limiter, Callers callers) {
        this.limiter = limiter;
        this.callers = callers;
    }

    @ServerRequestFilter
    public Uni<Response> limit(ContainerRequestContext request, HttpServerRequest connection) {
        Optional<RateLimitPolicy> policy = policyFor(request);
        if (policy.isEmpty()) {
            return Uni.createFrom().nullItem();
        }
        return callers.current().map(caller -> {
            String client = caller.anonymous() ? "ip:" + connection.remoteAddress().host() : "sub:" + caller.subject();
            RateLimitDecision decision = limiter.tryAcquire(policy.get(), client);
            request.setProperty(DECISION, decision);
            return decision.allowed() ? null : tooManyRequests(request, decision);
        });
    }

    @ServerResponseFilter
    public void describeLimit(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getProperty(DECISION) instanceof RateLimitDecision decision) {
            addHeaders(response.getHeaders(), decision);
        }
    }

    private Optional<RateLimitPolicy> policyFor(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        if (READS.contains(request.getMethod()) || !path.startsWith(ResponseHeaders.API_PREFIX)) {
            return Optional.empty();
        }
        return limiter.policy(path.equals(EXTRACTIONS_PATH) ? RateLimitPolicy.EXTRACTIONS : RateLimitPolicy.WRITES);
    }

    private static Response tooManyRequests(ContainerRequestContext request, RateLimitDecision decision) {
        var problem = new Problem(Problems.TYPE_BASE + "rate-limited", "Too many requests", 429,
                "The " + decision.policy().name() + " limit is reached; retry after " + decision.retryAfterSeconds()
                        + " s", request.getUriInfo().getPath(), null);
        Response response = Response.status(429).type(Problem.MEDIA_TYPE).entity(problem)
                .header(HttpHeaders.RETRY_AFTER, decision.retryAfterSeconds()).build();
        addHeaders(response.getHeaders(), decision);
        return response;
    }

    /** Structured fields as in draft-ietf-httpapi-ratelimit-headers: quota q over window w; r left, full in t. */
    private static void addHeaders(MultivaluedMap<String, Object> headers, RateLimitDecision decision) {
        RateLimitPolicy policy = decision.policy();
        headers.putSingle(POLICY_HEADER, String.format(Locale.ROOT, "\"%s\";q=%d;w=%d", policy.name(),
                policy.capacity(), policy.windowSeconds()));
        headers.putSingle(STATE_HEADER, String.format(Locale.ROOT, "\"%s\";r=%d;t=%d", policy.name(),
                decision.remaining(), decision.resetSeconds()));
    }
}
