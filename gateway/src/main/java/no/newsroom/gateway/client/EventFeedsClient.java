package no.newsroom.gateway.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import no.newsroom.gateway.config.EventsConfig;
import no.newsroom.support.auth.ServiceTokens;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.net.URI;
import java.util.List;

/** Reads the event outboxes of articles-service and claims-service with the gateway's own service tokens. */
@ApplicationScoped
public class EventFeedsClient {

    private final EventFeedApi articles;
    private final EventFeedApi claims;
    private final EventsConfig config;
    private final ServiceTokens serviceTokens;
    private final ObjectMapper json;

    public EventFeedsClient(@ConfigProperty(name = "quarkus.rest-client.articles.url") URI articlesUrl,
                            @ConfigProperty(name = "quarkus.rest-client.claims.url") URI claimsUrl,
                            EventsConfig config, ServiceTokens serviceTokens, ObjectMapper json) {
        this.articles = QuarkusRestClientBuilder.newBuilder().baseUri(articlesUrl).build(EventFeedApi.class);
        this.claims = QuarkusRestClientBuilder.newBuilder().baseUri(claimsUrl).build(EventFeedApi.class);
        this.config = config;
        this.serviceTokens = serviceTokens;
        this.json = json;
    }

    public Uni<List<FeedEvent>> articleEvents(long after) {
        return read(ArticlesClient.SERVICE, articles, after);
    }

    public Uni<List<FeedEvent>> claimEvents(long after) {
        return read(ClaimsClient.SERVICE, claims, after);
    }

    private Uni<List<FeedEvent>> read(String service, EventFeedApi feed, long after) {
        return serviceTokens.authorization()
                .flatMap(authorization -> Downstream.read(service,
                        feed.after(after, config.batchSize(), authorization.orElse(null))))
                .ifNoItem().after(config.timeout()).failWith(() -> new ServiceUnavailableException(service, "timeout"))
                .map(answer -> items(service, answer));
    }

    private List<FeedEvent> items(String service, Downstream answer) {
        if (!answer.isSuccessful()) {
            throw new ServiceUnavailableException(service, "event feed answered " + answer.status());
        }
        try {
            return json.readValue(answer.body(), FeedPage.class).items();
        } catch (IOException e) {
            throw new ServiceUnavailableException(service, e);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record FeedPage(List<FeedEvent> items) {
    }
}
