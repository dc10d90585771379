package no.newsroom.articles.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import no.newsroom.articles.model.ArticleEvent;
import no.newsroom.articles.repository.EventRepository;

import java.util.List;

@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class EventService {

    private final EventRepository events;

    public EventService(EventRepository events) {
        this.events = events;
    }

    /** @param includeNonPublic whether the caller is staff and may see events of unpublished articles */
    public List<ArticleEvent> after(long afterId, int limit, boolean includeNonPublic) {
        return events.after(afterId, limit, includeNonPublic);
    }
}
