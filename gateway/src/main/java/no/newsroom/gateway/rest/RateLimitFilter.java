package no.newsroom.gateway.rest;

import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import no.newsroom.gateway.service.WriteRateLimiter;
import no.newsroom.support.rest.Problem;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.util.OptionalLong;
import java.util.Set;

/** Limits writes per client, the token's subject or else the remote address; reads are never limited. */
public class WriteRateLimitFilter {

    private static final Set<String> READS = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);

    private final WriteRateLimiter limiter;
    private final Callers callers;

    WriteRateLimitFilter(WriteRateLimiter limiter, Callers callers) {
        this.limiter = limiter;
        this.callers = callers;
    }

    @ServerRequestFilter
    public Uni<Response> limitWrites(ContainerRequestContext request, HttpServerRequest connection) {
        if (READS.contains(request.getMethod())
                || !request.getUriInfo().getPath().startsWith(ResponseHeaders.API_PREFIX)) {
            return Uni.createFrom().nullItem();
        }
        return callers.current().map(caller -> {
            String client = caller.anonymous() ? "ip:" + connection.remoteAddress().host() : "sub:" + caller.subject();
            OptionalLong retryAfter = limiter.tryAcquire(client);
            return retryAfter.isPresent() ? tooManyRequests(request, retryAfter.getAsLong()) : null;
        });
    }

    private static Response tooManyRequests(ContainerRequestContext request, long retryAfterSeconds) {
        var problem = new Problem(GatewayProblemMapper.TYPE_BASE + "rate-limited", "Too many requests", 429,
                "Write limit reached; retry after " + retryAfterSeconds + " s", request.getUriInfo().getPath(), null);
        return Response.status(429).type(Problem.MEDIA_TYPE).entity(problem)
                .header(HttpHeaders.RETRY_AFTER, retryAfterSeconds).build();
    }
}
