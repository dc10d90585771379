package no.newsroom.gateway.service;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import no.newsroom.gateway.client.FeedEvent;

/** An outbox event as relayed to stream subscribers, with the cursor to resume after it. */
public record LiveEvent(@JsonIgnore EventCursor cursor, Source source, String type, String occurredAt,
                        String subjectId, String articleId, @JsonProperty("public") boolean visibleToPublic,
                        JsonNode data, @JsonIgnore long sourceId) implements StreamEvent {

    public enum Source { ARTICLES, CLAIMS }

    static LiveEvent of(Source source, FeedEvent event, EventCursor after) {
        return new LiveEvent(after, source, event.type(), event.occurredAt(), event.subjectId(), event.articleId(),
                event.visibleToPublic(), event.data(), event.id());
    }

    @JsonProperty("id")
    public String id() {
        return cursor.toString();
    }

    boolean isAfter(EventCursor position) {
        return source == Source.ARTICLES ? sourceId > position.articles() : sourceId > position.claims();
    }

    /** Articles are known by id in their own events and by articleId in claim events. */
    String concernedArticle() {
        return source == Source.ARTICLES && articleId == null ? subjectId : articleId;
    }
}
