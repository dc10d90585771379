package no.newsroom.claims.service;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import no.newsroom.claims.client.ArticleEvent;
import no.newsroom.claims.client.ArticleEventsClient;
import no.newsroom.claims.config.NewsroomConfig;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Polls articles-service's event feed from the last position processed; batches commit one by one. With several
 * replicas each batch is processed by one of them: the others find the position locked or moved and stop.
 */
@ApplicationScoped
public class ArticleFeedConsumer {

    private final ArticleEventsClient articles;
    private final AnchorMaintenanceService anchors;
    private final int batchSize;

    public ArticleFeedConsumer(ArticleEventsClient articles, AnchorMaintenanceService anchors,
                               NewsroomConfig config) {
        this.articles = articles;
        this.anchors = anchors;
        this.batchSize = config.articles().batchSize();
    }

    @Scheduled(identity = "article-feed", every = "${newsroom.articles.poll-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        pollOnce();
    }

    /** @return how many events were processed */
    public int pollOnce() {
        int processed = 0;
        long position = anchors.lastProcessedEvent();
        while (true) {
            Optional<List<ArticleEvent>> events = articles.eventsAfter(position, batchSize);
            if (events.isEmpty() || events.get().isEmpty()) {
                return processed;
            }
            OptionalLong next = anchors.process(position, events.get());
            if (next.isEmpty()) {
                return processed;
            }
            position = next.getAsLong();
            processed += events.get().size();
            if (events.get().size() < batchSize) {
                return processed;
            }
        }
    }
}
