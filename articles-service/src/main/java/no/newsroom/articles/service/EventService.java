package no.newsroom.articles.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import no.newsroom.articles.model.ArticleEvent;
import no.newsroom.articles.repository.EventRepository;
import no.newsroom.articles.repository.OutboxBacklog;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class EventService {

    private final EventRepository events;
    /** The highest {@code after} a feed reader has asked for: every event up to it has been read (since start). */
    private final AtomicLong deliveredUpTo = new AtomicLong();

    public EventService(EventRepository events) {
        this.events = events;
    }

    /** @param includeNonPublic whether the caller is staff and may see events of unpublished articles */
    public List<ArticleEvent> after(long afterId, int limit, boolean includeNonPublic) {
        deliveredUpTo.accumulateAndGet(afterId, Math::max);
        return events.after(afterId, limit, includeNonPublic);
    }

    /** What the feed readers have not read yet: the outbox's lag. */
    @Transactional(Transactional.TxType.REQUIRED)
    public OutboxBacklog backlog() {
        return events.backlogAfter(deliveredUpTo.get());
    }
}
