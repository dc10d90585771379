package no.newsroom.gateway.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;

/** One entry of a service's event outbox, as {@code GET /events} lists it. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record FeedEvent(long id, String type, String occurredAt, String subjectId, String articleId,
                        @JsonProperty("public") boolean visibleToPublic, JsonNode data) {
}
