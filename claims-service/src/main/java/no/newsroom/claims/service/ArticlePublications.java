package no.newsroom.claims.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import no.newsroom.claims.client.ArticleEvent;
import no.newsroom.claims.repository.ArticlePublicationRepository;

import java.util.Map;

/**
 * Records the publication status articles-service reports for each article. When an article's claims become
 * visible to readers or hidden from them, a staff event says so, so that caches of the public view (the gateway's)
 * drop the article at once instead of keeping a view composed before the change.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ArticlePublications {

    private final ArticlePublicationRepository publications;
    private final ClaimEventOutbox outbox;

    public ArticlePublications(ArticlePublicationRepository publications, ClaimEventOutbox outbox) {
        this.publications = publications;
        this.outbox = outbox;
    }

    public void record(ArticleEvent event, String status) {
        boolean wasPublished = publications.isPublished(event.articleId());
        publications.record(event.articleId(), status, event.id());
        boolean published = publications.isPublished(event.articleId());
        if (published != wasPublished) {
            outbox.publishForArticle(event.articleId(), ClaimEventOutbox.VISIBILITY_CHANGED, event.occurredAt(),
                    Map.of("articleStatus", status, "visibleToReaders", published));
        }
    }
}
