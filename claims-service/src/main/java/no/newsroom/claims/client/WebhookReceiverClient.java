package no.newsroom.claims.client;

import jakarta.enterprise.context.ApplicationScoped;
import no.newsroom.claims.config.NewsroomConfig;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * POSTs signed webhook bodies to subscribers' receivers. Redirects are not followed: a redirect could lead to an
 * address the target policy refuses. Receivers are other organisations' servers, so short timeouts keep one slow
 * receiver from holding the others up.
 */
@ApplicationScoped
public class WebhookReceiverClient {

    private static final String USER_AGENT = "newsroom-webhooks/1";
    private static final int MAX_ERROR_LENGTH = 300;

    private final HttpClient http;
    private final Duration requestTimeout;

    public WebhookReceiverClient(NewsroomConfig config) {
        this.http = HttpClient.newBuilder()
                .connectTimeout(config.webhooks().connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        this.requestTimeout = config.webhooks().requestTimeout();
    }

    /** Never fails: transport errors and timeouts come back as an attempt without a status code. */
    public CompletableFuture<WebhookAttempt> post(URI url, Map<String, String> headers, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(url)
                .timeout(requestTimeout)
                .header("Content-Type", "application/json")
                .header("User-Agent", USER_AGENT)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        long started = System.nanoTime();
        return http.sendAsync(request.build(), HttpResponse.BodyHandlers.discarding())
                .handle((response, failure) -> {
                    long latencyMs = (System.nanoTime() - started) / 1_000_000;
                    return failure == null ? new WebhookAttempt(response.statusCode(), latencyMs, null)
                            : new WebhookAttempt(null, latencyMs, describe(failure));
                });
    }

    private static String describe(Throwable failure) {
        Throwable cause = failure.getCause() != null ? failure.getCause() : failure;
        String text = cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
        return text.length() > MAX_ERROR_LENGTH ? text.substring(0, MAX_ERROR_LENGTH) : text;
    }
}
