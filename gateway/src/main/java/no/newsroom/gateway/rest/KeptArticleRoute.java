package no.newsroom.gateway.rest;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.impl.HttpServerRequestInternal;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import no.newsroom.gateway.client.Downstream;
import no.newsroom.gateway.config.CacheConfig;
import no.newsroom.gateway.service.ArticleReads;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Answers an anonymous read of a published article that the gateway keeps (alone or with its claims) straight from
 * the HTTP layer, with the status, headers and body {@link ArticleApiResource#get} would give it: a live article is
 * read by many at once, and the JAX-RS request around a kept answer cost more than the answer. Every request that
 * might be answered differently goes on to the resource: one with credentials (a token or a cookie), a CORS request,
 * an Accept the resource would refuse, any other query, and whatever the cache does not hold.
 */
@ApplicationScoped
public class KeptArticleRoute {

    private static final String PATH_TEMPLATE = ResponseHeaders.API_PREFIX + "/articles/{id}";
    /** Where Quarkus' HTTP metrics and traces read the path template of a request (a Vert.x context local). */
    private static final String URL_PATH_TEMPLATE = "UrlPathTemplate";
    private static final String WITH_CLAIMS = "include=claims";

    private final ArticleReads reads;
    private final CacheConfig cache;
    private final EveryAnswerHeaders everyAnswer;

    KeptArticleRoute(ArticleReads reads, CacheConfig cache, EveryAnswerHeaders everyAnswer) {
        this.reads = reads;
        this.cache = cache;
        this.everyAnswer = everyAnswer;
    }

    /** After {@link MalformedUriGuard}; the application's routes come before the JAX-RS resources. */
    void register(@Observes Router router) {
        router.get(ResponseHeaders.API_PREFIX + "/articles/:id").handler(this::serveKept);
    }

    void serveKept(RoutingContext context) {
        HttpServerRequest request = context.request();
        String query = request.query();
        Optional<Downstream> kept = mayShareThePublicView(request) && (query == null || query.equals(WITH_CLAIMS))
                ? reads.keptPublicView(context.pathParam("id"), query != null)
                : Optional.empty();
        if (kept.map(Downstream::etag).isEmpty()) {
            context.next();
            return;
        }
        Downstream answer = kept.get();
        ((HttpServerRequestInternal) request).context().putLocal(URL_PATH_TEMPLATE, PATH_TEMPLATE);
        HttpServerResponse response = context.response();
        everyAnswer.addTo(response);
        response.putHeader(HttpHeaders.CACHE_CONTROL, ResponseHeaders.sharedCacheControl(cache))
                .putHeader(HttpHeaders.ETAG, answer.etag())
                .putHeader(HttpHeaders.VARY, jakarta.ws.rs.core.HttpHeaders.AUTHORIZATION);
        if (noneMatch(request.getHeader(HttpHeaders.IF_NONE_MATCH), answer.etag())) {
            response.putHeader(HttpHeaders.CONTENT_TYPE, answer.contentType()).end(Buffer.buffer(answer.body()));
        } else {
            response.setStatusCode(304).end();
        }
    }

    private static boolean mayShareThePublicView(HttpServerRequest request) {
        return !request.headers().contains(HttpHeaders.AUTHORIZATION) && !request.headers().contains(HttpHeaders.COOKIE)
                && !request.headers().contains(HttpHeaders.ORIGIN) && acceptsJson(request.getHeader(HttpHeaders.ACCEPT));
    }

    /** An Accept the resource answers with JSON: none, or one that names JSON or a wildcard without q=0. */
    private static boolean acceptsJson(String accept) {
        if (accept == null) {
            return true;
        }
        return Arrays.stream(accept.split(",")).anyMatch(range -> {
            String[] parts = range.split(";");
            String type = parts[0].strip().toLowerCase(Locale.ROOT);
            boolean refused = Arrays.stream(parts).skip(1).map(String::strip)
                    .anyMatch(parameter -> parameter.matches("[qQ]\\s*=\\s*0(\\.0*)?"));
            return !refused && (type.equals("application/json") || type.equals("application/*")
                    || type.equals("*/*"));
        });
    }

    /** As a GET's If-None-Match is compared (weakly): true when no tag listed matches the current one. */
    private static boolean noneMatch(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return true;
        }
        String current = weak(etag);
        return Arrays.stream(ifNoneMatch.split(",")).map(String::strip)
                .noneMatch(tag -> tag.equals("*") || weak(tag).equals(current));
    }

    private static String weak(String tag) {
        return tag.startsWith("W/") ? tag.substring(2) : tag;
    }
}
