package no.newsroom.claims.rest;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import no.newsroom.claims.repository.ArticlePublicationRepository;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Records an article's publication status as the articles feed would, for tests about what readers see; the feed
 * path itself is tested in {@link AnchorRelocationFeedTest}.
 */
final class PublishedArticles {

    private static final AtomicLong EVENT_IDS = new AtomicLong(System.currentTimeMillis());

    private PublishedArticles() {
    }

    static void publish(String articleId) {
        record(articleId, ArticlePublicationRepository.PUBLISHED);
    }

    static void record(String articleId, String status) {
        QuarkusTransaction.requiringNew().run(() -> Arc.container().instance(ArticlePublicationRepository.class).get()
                .record(UUID.fromString(articleId), status, EVENT_IDS.incrementAndGet()));
    }
}
