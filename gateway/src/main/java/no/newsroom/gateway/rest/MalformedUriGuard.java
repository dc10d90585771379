package no.newsroom.gateway.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import no.newsroom.support.rest.Problem;
import no.newsroom.support.rest.Problems;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * A request line whose target is not a valid URI ({@code GET /articles/<script>}, {@code /claims/%zz}) is answered
 * with a {@code malformed-uri} problem, like every other bad request.
 * <p>
 * Quarkus checks the same thing (it parses the target with {@link URI}) before any route runs, but answers with an
 * empty 400. The gateway's launchers therefore start the JVM with {@code -Dvertx.disableURIValidation=true}, which
 * moves that check here, into the first route: it ends the exchange before any route could try to decode the path.
 * Because the routes that add the configured response headers ({@code quarkus.http.header}) do not run then, it adds
 * those headers itself. Without the property Quarkus' own check still refuses these requests, with a bare 400.
 */
@ApplicationScoped
public class MalformedUriGuard {

    private final ObjectMapper json;
    private final EveryAnswerHeaders everyAnswer;

    MalformedUriGuard(ObjectMapper json, EveryAnswerHeaders everyAnswer) {
        this.json = json;
        this.everyAnswer = everyAnswer;
    }

    /**
     * Routes of equal order run in the order they were added, and the application's routes are added before
     * Quarkus' own (header routes and filters): so this one runs first.
     */
    void register(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::rejectMalformedUri);
    }

    void rejectMalformedUri(RoutingContext context) {
        try {
            new URI(context.request().uri());
            context.next();
        } catch (URISyntaxException e) {
            HttpServerResponse response = context.response().setStatusCode(400)
                    .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE);
            everyAnswer.addTo(response);
            response.end(problem(e));
        }
    }

    private String problem(URISyntaxException e) {
        Problem problem = new Problem(Problems.TYPE_BASE + "malformed-uri", "Malformed request URI", 400,
                "The request target is not a valid URI: " + e.getReason() + " at index " + e.getIndex()
                        + "; percent-encode characters such as < > \" { } | \\ ^ ` and spaces, and % itself as %25",
                null, null);
        try {
            return json.writeValueAsString(problem);
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
