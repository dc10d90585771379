package no.newsroom.claims.service;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import no.newsroom.claims.client.ArticleEvent;
import no.newsroom.claims.client.ArticleEventsClient;
import no.newsroom.claims.config.NewsroomConfig;

import java.util.List;
import java.util.Optional;

/** Reads both feeds for new public events, queues them for subscribers and sends what became due. */
@ApplicationScoped
public class WebhookDispatcher {

    private final WebhookFanOut fanOut;
    private final ArticleEventsClient articles;
    private final WebhookSender sender;
    private final int batchSize;

    public WebhookDispatcher(WebhookFanOut fanOut, ArticleEventsClient articles, WebhookSender sender,
                             NewsroomConfig config) {
        this.fanOut = fanOut;
        this.articles = articles;
        this.sender = sender;
        this.batchSize = config.webhooks().batchSize();
    }

    @Scheduled(identity = "webhook-dispatcher", every = "${newsroom.webhooks.dispatch-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void dispatch() {
        // Sent right away rather than on the sender's next run: a new event reaches receivers sooner.
        if (dispatchClaimEvents() + dispatchArticleEvents() > 0) {
            sender.wakeUp();
        }
    }

    /** @return how many public claim events were queued for subscribers */
    public int dispatchClaimEvents() {
        int read;
        int total = 0;
        do {
            read = fanOut.queueClaimEvents(batchSize);
            total += read;
        } while (read == batchSize);
        return total;
    }

    /** @return how many article events were read; articles-service being down only postpones them */
    public int dispatchArticleEvents() {
        int read = 0;
        long position = fanOut.lastArticleEvent();
        while (true) {
            Optional<List<ArticleEvent>> events = articles.eventsAfter(position, batchSize);
            if (events.isEmpty() || events.get().isEmpty()) {
                return read;
            }
            fanOut.queueArticleEvents(events.get());
            position = events.get().get(events.get().size() - 1).id();
            read += events.get().size();
            if (events.get().size() < batchSize) {
                return read;
            }
        }
    }
}
