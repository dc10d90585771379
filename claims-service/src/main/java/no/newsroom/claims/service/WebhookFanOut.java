package no.newsroom.claims.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import no.newsroom.claims.client.ArticleEvent;
import no.newsroom.claims.config.NewsroomConfig;
import no.newsroom.claims.model.ClaimEvent;
import no.newsroom.claims.model.EventSource;
import no.newsroom.claims.repository.ClaimEventRepository;
import no.newsroom.claims.repository.FeedPositionRepository;
import no.newsroom.claims.repository.WebhookDeliveryRepository;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * Turns public events into one pending delivery per interested subscription. Each feed has its own stored position
 * (rows of feed_position), advanced in the transaction that queues the batch, so a batch is queued exactly once
 * however often the service restarts in between.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRED)
public class WebhookFanOut {

    static final String CLAIMS_FEED = "webhooks:claims";
    static final String ARTICLES_FEED = "webhooks:articles";

    private final ClaimEventRepository claimEvents;
    private final FeedPositionRepository positions;
    private final WebhookDeliveryRepository deliveries;
    private final ObjectMapper json;
    private final Duration gapWait;
    private final Clock clock;

    public WebhookFanOut(ClaimEventRepository claimEvents, FeedPositionRepository positions,
                         WebhookDeliveryRepository deliveries, ObjectMapper json, NewsroomConfig config,
                         Clock clock) {
        this.claimEvents = claimEvents;
        this.positions = positions;
        this.deliveries = deliveries;
        this.json = json;
        this.gapWait = config.webhooks().gapWait();
        this.clock = clock;
    }

    /**
     * Queues the public claim events after the stored position, stopping before a gap in the ids that is younger
     * than the configured gap wait: writers commit in any order, so a missing id may still appear. An older gap is a
     * write that was rolled back and is passed over.
     *
     * @return how many claim events were read, public or not
     */
    public int queueClaimEvents(int limit) {
        OptionalLong locked = positions.lock(CLAIMS_FEED);
        if (locked.isEmpty()) {
            return 0;
        }
        long start = locked.getAsLong();
        long position = start;
        Instant now = clock.instant();
        List<ClaimEvent> events = claimEvents.after(position, limit, false);
        int read = 0;
        for (ClaimEvent event : events) {
            if (event.id != position + 1 && event.occurredAt.isAfter(now.minus(gapWait))) {
                break;
            }
            if (event.isPublic) {
                Map<String, Object> data = new LinkedHashMap<>();
                data.put("claimId", event.subjectId);
                data.put("articleId", event.articleId);
                data.putAll(event.data);
                queue(EventSource.CLAIMS, event.id, event.type, event.occurredAt, data, now);
            }
            position = event.id;
            read++;
        }
        if (position > start) {
            positions.advance(CLAIMS_FEED, start, position);
        }
        return read;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public long lastArticleEvent() {
        return positions.lastEventId(ARTICLES_FEED);
    }

    /**
     * Queues the public events of a batch read from articles-service's feed and stores the feed position. Another
     * replica queueing the feed at the same moment holds its position: this batch is then left to it.
     */
    public void queueArticleEvents(List<ArticleEvent> events) {
        OptionalLong locked = positions.lock(ARTICLES_FEED);
        if (locked.isEmpty()) {
            return;
        }
        long start = locked.getAsLong();
        Instant now = clock.instant();
        for (ArticleEvent event : events) {
            if (event.id() > start && event.isPublic()) {
                Map<String, Object> data = new LinkedHashMap<>();
                data.put("articleId", event.articleId());
                if (event.data() != null) {
                    data.putAll(event.data());
                }
                queue(EventSource.ARTICLES, event.id(), event.type(), event.occurredAt(), data, now);
            }
        }
        long last = events.get(events.size() - 1).id();
        if (last > start) {
            positions.advance(ARTICLES_FEED, start, last);
        }
    }

    private void queue(EventSource source, long eventId, String type, Instant occurredAt, Map<String, Object> data,
                       Instant now) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("type", type);
        payload.put("timestamp", occurredAt.toString());
        payload.put("data", data);
        deliveries.queueForSubscribers(source, eventId, type, write(payload), occurredAt, now);
    }

    private String write(Map<String, Object> payload) {
        try {
            return json.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A webhook payload could not be written as JSON", e);
        }
    }
}
