package no.newsroom.gateway.service;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Tells a client that the events between its Last-Event-ID and {@code cursor} cannot be delivered (the outboxes
 * no longer hold them or could not be read): it should reload what it shows, then the stream goes on live.
 */
public record StreamReset(@JsonIgnore EventCursor cursor, String reason) implements StreamEvent {

    public static final String TYPE = "reset";

    @JsonProperty("resumeAt")
    public String resumeAt() {
        return cursor.toString();
    }
}
