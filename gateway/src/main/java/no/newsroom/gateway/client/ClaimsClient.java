package no.newsroom.gateway.client;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.util.Optional;

/** Reads from claims-service. Article pages must not fail because of claims, so that read degrades to empty. */
@ApplicationScoped
public class ClaimsClient {

    static final String SERVICE = "claims-service";

    private final ClaimsApi api;

    public ClaimsClient(@RestClient ClaimsApi api) {
        this.api = api;
    }

    @Timeout(2_000)
    @Retry(maxRetries = 2, delay = 100, retryOn = ServiceUnavailableException.class)
    @CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 5_000)
    public Uni<Downstream> claim(String id) {
        return Downstream.read(SERVICE, api.get(id));
    }

    /** Empty when claims-service is down, slow or failing: the caller shows the article without claims. */
    @Timeout(1_000)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 5_000)
    @Fallback(fallbackMethod = "claimsUnavailable")
    public Uni<Optional<Downstream>> claimsOfArticle(String articleId) {
        return Downstream.read(SERVICE, api.byArticle(articleId)).map(Optional::of);
    }

    Uni<Optional<Downstream>> claimsUnavailable(String articleId) {
        return Uni.createFrom().item(Optional.empty());
    }
}
