package no.newsroom.gateway.client;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import no.newsroom.gateway.config.DownstreamConfig;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.util.Optional;

/**
 * Calls claims-service. Reads are retried, writes are not. Article pages must not fail because of claims, so
 * that read has its own short timeout and degrades to empty.
 */
@ApplicationScoped
public class ClaimsClient {

    static final String SERVICE = "claims-service";

    private final ClaimsApi api;
    private final DownstreamGuards reads;
    private final DownstreamGuards writes;
    private final DownstreamGuards composition;

    public ClaimsClient(@RestClient ClaimsApi api, DownstreamConfig config) {
        this.api = api;
        var claims = config.claims();
        this.reads = DownstreamGuards.read(SERVICE, claims);
        this.writes = DownstreamGuards.write(SERVICE, claims);
        this.composition = DownstreamGuards.read(SERVICE, "composition", claims, claims.compositionTimeout());
    }

    public Uni<Downstream> claim(String id) {
        return reads.call(() -> api.get(id));
    }

    public Uni<Downstream> list(ClaimListQuery query) {
        return reads.call(() -> api.list(query.limit(), query.cursor(), query.status(), query.articleId(),
                query.claimant(), query.assignee(), query.language(), query.q(), query.recheckDue(),
                query.conflict()));
    }

    public Uni<Downstream> view(String id, ClaimView view) {
        return reads.call(() -> api.view(id, view.path()));
    }

    public Uni<Downstream> reviewQueue(Integer limit, String cursor) {
        return reads.call(() -> api.reviewQueue(limit, cursor));
    }

    /**
     * A 304 when the claims' current ETag is {@code ifNoneMatch}. Empty when claims-service is down, slow or
     * failing: the caller shows the article without claims.
     */
    public Uni<Optional<Downstream>> claimsOfArticle(String articleId, String ifNoneMatch) {
        return composition.call(() -> api.byArticle(articleId, ifNoneMatch))
                .map(Optional::of)
                .onFailure(ServiceUnavailableException.class).recoverWithItem(Optional.empty());
    }

    public Uni<Downstream> create(String claim) {
        return writes.call(() -> api.create(claim));
    }

    public Uni<Downstream> patch(String id, String patch) {
        return writes.call(() -> api.patch(id, patch));
    }

    public Uni<Downstream> act(String id, ClaimAction action, String body) {
        return writes.call(() -> api.act(id, action.path(), body));
    }

    public Uni<Downstream> supersedeEvidence(String id, String evidenceId, String reason) {
        return writes.call(() -> api.supersedeEvidence(id, evidenceId, reason));
    }

    public Uni<Downstream> removeEvidence(String id, String evidenceId) {
        return writes.call(() -> api.removeEvidence(id, evidenceId));
    }

    public Uni<Downstream> decideMatch(String id, String otherId, String decision) {
        return writes.call(() -> api.decideMatch(id, otherId, decision));
    }

    /** Matching reads and stores nothing, so a failed call may be repeated like a read. */
    public Uni<Downstream> match(String request) {
        return reads.call(() -> api.match(request));
    }

    /** Extraction only reads text, but it is costly, so a failure is not repeated. */
    public Uni<Downstream> extract(String text) {
        return writes.call(() -> api.extract(text));
    }

    public Uni<Downstream> extractFromArticle(String article) {
        return writes.call(() -> api.extractFromArticle(article));
    }

    public Uni<Downstream> webhooks() {
        return reads.call(api::webhooks);
    }

    public Uni<Downstream> webhook(String id) {
        return reads.call(() -> api.webhook(id));
    }

    public Uni<Downstream> webhookDeliveries(String id, Integer limit, String cursor) {
        return reads.call(() -> api.webhookDeliveries(id, limit, cursor));
    }

    public Uni<Downstream> subscribe(String subscription) {
        return writes.call(() -> api.subscribe(subscription));
    }

    public Uni<Downstream> changeWebhook(String id, String patch) {
        return writes.call(() -> api.changeWebhook(id, patch));
    }

    public Uni<Downstream> unsubscribe(String id) {
        return writes.call(() -> api.unsubscribe(id));
    }

    public Uni<Downstream> rotateWebhookSecret(String id) {
        return writes.call(() -> api.rotateWebhookSecret(id));
    }

    public Uni<Downstream> redeliver(String id, String deliveryId) {
        return writes.call(() -> api.redeliver(id, deliveryId));
    }

    /** Writes on one claim, offered as {@code POST /claims/{id}/<path>}. */
    public enum ClaimAction {
        TRANSITION("transitions"), APPROVAL("approval"), WITHDRAWAL("withdrawal"), EVIDENCE("evidence");

        private final String path;

        ClaimAction(String path) {
            this.path = path;
        }

        String path() {
            return path;
        }
    }

    /** Read-only views of one claim, offered as {@code GET /claims/{id}/<path>}. */
    public enum ClaimView {
        EVIDENCE("evidence"), HISTORY("history"), CLAIMREVIEW("claimreview"), MATCHES("matches"),
        TIMELINE("timeline");

        private final String path;

        ClaimView(String path) {
            this.path = path;
        }

        String path() {
            return path;
        }
    }
}
