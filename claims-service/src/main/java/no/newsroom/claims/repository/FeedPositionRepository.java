package no.newsroom.claims.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import no.newsroom.claims.model.FeedPosition;

import java.util.List;
import java.util.OptionalLong;

@ApplicationScoped
public class FeedPositionRepository implements PanacheRepositoryBase<FeedPosition, String> {

    public long lastEventId(String feed) {
        return findByIdOptional(feed).map(position -> position.lastEventId).orElse(0L);
    }

    /**
     * Locks the feed's position until the transaction ends and reads it, or answers empty without waiting when
     * another replica holds the lock: that replica is consuming the feed right now.
     */
    public OptionalLong lock(String feed) {
        getEntityManager().createNativeQuery("insert into feed_position (feed, last_event_id) values (?1, 0) "
                + "on conflict (feed) do nothing").setParameter(1, feed).executeUpdate();
        List<?> position = getEntityManager().createNativeQuery("select last_event_id from feed_position "
                + "where feed = ?1 for update skip locked").setParameter(1, feed).getResultList();
        return position.isEmpty() ? OptionalLong.empty() : OptionalLong.of(((Number) position.get(0)).longValue());
    }

    /**
     * Compare-and-set: moves the position from {@code expected} forward to {@code next}, never back.
     *
     * @return false when the position was no longer {@code expected} or {@code next} is not ahead of it
     */
    public boolean advance(String feed, long expected, long next) {
        return update("lastEventId = ?1 where feed = ?2 and lastEventId = ?3 and lastEventId < ?1", next, feed,
                expected) == 1;
    }
}
