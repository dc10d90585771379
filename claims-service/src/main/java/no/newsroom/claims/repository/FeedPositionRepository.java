package no.newsroom.claims.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import no.newsroom.claims.model.FeedPosition;

@ApplicationScoped
public class FeedPositionRepository implements PanacheRepositoryBase<FeedPosition, String> {

    public long lastEventId(String feed) {
        return findByIdOptional(feed).map(position -> position.lastEventId).orElse(0L);
    }

    public void advance(String feed, long lastEventId) {
        FeedPosition position = findByIdOptional(feed).orElseGet(() -> {
            FeedPosition created = new FeedPosition();
            created.feed = feed;
            persist(created);
            return created;
        });
        position.lastEventId = lastEventId;
    }
}
