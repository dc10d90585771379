package no.newsroom.claims.client;

import jakarta.enterprise.context.ApplicationScoped;
import no.newsroom.support.auth.ServiceTokens;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * Reads articles-service's event feed. articles-service may be down or not deployed yet: then the feed is simply
 * not available this time, the poller tries again on its next run and nothing else in this service is affected.
 */
@ApplicationScoped
public class ArticleEventsClient {

    private static final Logger LOG = Logger.getLogger(ArticleEventsClient.class);
    private static final Duration TOKEN_TIMEOUT = Duration.ofSeconds(2);

    private final ArticleEventsApi api;
    private final ServiceTokens serviceTokens;

    ArticleEventsClient(@RestClient ArticleEventsApi api, ServiceTokens serviceTokens) {
        this.api = api;
        this.serviceTokens = serviceTokens;
    }

    /** @return the events after {@code after}, or empty when articles-service could not be reached */
    @Timeout(value = 3, unit = ChronoUnit.SECONDS)
    // A short pause: readers see a newly published article's claims only once this feed has been read again.
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.75, delay = 5, delayUnit = ChronoUnit.SECONDS)
    @Fallback(fallbackMethod = "unavailable")
    public Optional<List<ArticleEvent>> eventsAfter(long after, int limit) {
        String authorization = serviceTokens.authorization().await().atMost(TOKEN_TIMEOUT).orElse(null);
        ArticleEventPage page = api.after(after, limit, authorization);
        return Optional.of(page.items() == null ? List.of() : page.items());
    }

    Optional<List<ArticleEvent>> unavailable(long after, int limit, Throwable failure) {
        LOG.warnf("articles-service event feed unavailable (after %d): %s; retrying on the next poll", after,
                failure.toString());
        return Optional.empty();
    }
}
