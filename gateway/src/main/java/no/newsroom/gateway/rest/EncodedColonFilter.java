package no.newsroom.gateway.rest;

import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.UriBuilder;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.net.URI;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Custom methods such as {@code POST /articles/{id}/claims:extract} match only a literal colon, but some HTTP
 * clients percent-encode every colon in a path ({@code claims%3Aextract}). Both spell the same resource here, so the
 * encoded form is decoded before routing instead of answering 404. Every request passes here, so the raw path is
 * searched first and only a path with an encoded colon is parsed as a URI.
 */
public class EncodedColonFilter {

    private static final Pattern ENCODED_COLON = Pattern.compile("%3[Aa]");

    @ServerRequestFilter(preMatching = true)
    public void decodeColons(ContainerRequestContext request, HttpServerRequest rawRequest) {
        String rawPath = rawRequest.path();
        if (rawPath == null || (!rawPath.contains("%3A") && !rawPath.contains("%3a"))) {
            return;
        }
        URI uri = request.getUriInfo().getRequestUri();
        Matcher encodedColon = ENCODED_COLON.matcher(uri.getRawPath());
        if (encodedColon.find()) {
            request.setRequestUri(UriBuilder.fromUri(uri).replacePath(encodedColon.replaceAll(":")).build());
        }
    }
}
