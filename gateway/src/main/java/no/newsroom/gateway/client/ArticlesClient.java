package no.newsroom.gateway.client;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import no.newsroom.gateway.config.DownstreamConfig;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Calls articles-service. Reads are idempotent, so they are retried; writes are not. When the service stays down
 * the failure surfaces as {@link ServiceUnavailableException} and the API answers 503 with Retry-After.
 */
@ApplicationScoped
public class ArticlesClient {

    static final String SERVICE = "articles-service";

    private final ArticlesApi api;
    private final DownstreamGuards reads;
    private final DownstreamGuards writes;

    public ArticlesClient(@RestClient ArticlesApi api, DownstreamConfig config) {
        this.api = api;
        this.reads = DownstreamGuards.read(SERVICE, config.articles());
        this.writes = DownstreamGuards.write(SERVICE, config.articles());
    }

    public Uni<Downstream> article(String idOrSlug) {
        return article(idOrSlug, null);
    }

    /** A 304 when the article's current ETag is {@code ifNoneMatch}. */
    public Uni<Downstream> article(String idOrSlug, String ifNoneMatch) {
        return reads.call(() -> api.get(idOrSlug, ifNoneMatch));
    }

    public Uni<Downstream> list(ArticleListQuery query) {
        return reads.call(() -> api.list(query.limit(), query.cursor(), query.status(), query.language(),
                query.tag(), query.author(), query.q(), query.updatedSince(), query.sort()));
    }

    public Uni<Downstream> revisions(String id, Integer limit, String cursor) {
        return reads.call(() -> api.revisions(id, limit, cursor));
    }

    public Uni<Downstream> revision(String id, int number) {
        return reads.call(() -> api.revision(id, number));
    }

    public Uni<Downstream> diff(String id, int from, int to) {
        return reads.call(() -> api.diff(id, from, to));
    }

    public Uni<Downstream> create(String article) {
        return writes.call(() -> api.create(article));
    }

    public Uni<Downstream> replace(String id, String article) {
        return writes.call(() -> api.replace(id, article));
    }

    public Uni<Downstream> patch(String id, String patch) {
        return writes.call(() -> api.patch(id, patch));
    }

    public Uni<Downstream> changeStatus(String id, StatusChange change) {
        return writes.call(() -> api.changeStatus(id, change.path()));
    }

    public Uni<Downstream> importText(String language, String title, String text) {
        return writes.call(() -> api.importText(language, title, text));
    }

    public Uni<Downstream> addBlock(String id, String position, String block) {
        return writes.call(() -> api.addBlock(id, position, block));
    }

    /** The editorial status changes articles-service offers as {@code POST /articles/{id}/<path>}. */
    public enum StatusChange {
        PUBLISH("publish"), UNPUBLISH("unpublish"), ARCHIVE("archive");

        private final String path;

        StatusChange(String path) {
            this.path = path;
        }

        String path() {
            return path;
        }
    }
}
