package no.newsroom.gateway.client;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Reads from articles-service. Reads are idempotent, so they are retried; when the service stays down the
 * failure surfaces as {@link ServiceUnavailableException} and the API answers 503 with Retry-After.
 */
@ApplicationScoped
public class ArticlesClient {

    static final String SERVICE = "articles-service";

    private final ArticlesApi api;

    public ArticlesClient(@RestClient ArticlesApi api) {
        this.api = api;
    }

    @Timeout(2_000)
    @Retry(maxRetries = 2, delay = 100, retryOn = ServiceUnavailableException.class)
    @CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 5_000)
    public Uni<Downstream> article(String idOrSlug) {
        return Downstream.read(SERVICE, api.get(idOrSlug));
    }

    @Timeout(2_000)
    @Retry(maxRetries = 2, delay = 100, retryOn = ServiceUnavailableException.class)
    @CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 5_000)
    public Uni<Downstream> list(ArticleListQuery query) {
        return Downstream.read(SERVICE, api.list(query.limit(), query.cursor(), query.status(), query.language(),
                query.tag(), query.updatedSince()));
    }
}
