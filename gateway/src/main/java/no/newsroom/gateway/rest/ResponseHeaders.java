package no.newsroom.gateway.rest;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import no.newsroom.gateway.config.CacheConfig;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import java.net.URI;

/**
 * Headers every API answer gets on its way out: Locations of the services point into the public API, and
 * caches are told what they may keep. Only anonymous reads may be shared; anything answered to a token holder
 * can depend on that caller's role.
 */
public class ResponseHeaders {

    static final String API_PREFIX = "/api/v1";

    private final CacheConfig cache;

    ResponseHeaders(CacheConfig cache) {
        this.cache = cache;
    }

    @ServerResponseFilter
    public void rewrite(ContainerRequestContext request, ContainerResponseContext response) {
        if (!request.getUriInfo().getPath().startsWith(API_PREFIX)) {
            return;
        }
        Object location = response.getHeaders().getFirst(HttpHeaders.LOCATION);
        if (location != null) {
            response.getHeaders().putSingle(HttpHeaders.LOCATION, publicLocation(request, location.toString()));
        }
        if (!response.getHeaders().containsKey(HttpHeaders.CACHE_CONTROL)
                && !MediaType.SERVER_SENT_EVENTS_TYPE.isCompatible(response.getMediaType())) {
            response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, cacheControl(request, response.getStatus()));
            response.getHeaders().add(HttpHeaders.VARY, HttpHeaders.AUTHORIZATION);
        }
    }

    private String cacheControl(ContainerRequestContext request, int status) {
        boolean read = HttpMethod.GET.equals(request.getMethod()) || HttpMethod.HEAD.equals(request.getMethod());
        boolean anonymous = request.getHeaderString(HttpHeaders.AUTHORIZATION) == null;
        if (read && anonymous && (status == 200 || status == 304)) {
            return sharedCacheControl(cache);
        }
        return "private, no-store";
    }

    /** What shared caches are told of an anonymous read: keep it as long as the gateway does. */
    static String sharedCacheControl(CacheConfig cache) {
        return "public, max-age=" + cache.ttl().toSeconds();
    }

    private static String publicLocation(ContainerRequestContext request, String location) {
        URI downstream = URI.create(location);
        String path = downstream.getRawPath().startsWith(API_PREFIX)
                ? downstream.getRawPath()
                : API_PREFIX + downstream.getRawPath();
        String query = downstream.getRawQuery() == null ? "" : "?" + downstream.getRawQuery();
        return request.getUriInfo().getBaseUri().resolve(path.substring(1) + query).toString();
    }
}
