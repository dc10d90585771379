package no.newsroom.gateway.openapi;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The data of a {@code reset} event on /api/v1/events; documentation only. */
@Schema(name = "StreamReset", description = "Sent instead of the events between Last-Event-ID and resumeAt when the "
        + "gateway can no longer deliver them (the outboxes do not hold them any more, or could not be read). "
        + "Reload what you show; the stream goes on live from resumeAt, which is also this event's SSE id.")
public record StreamResetDocs(
        @Schema(required = true, example = "the event feeds no longer hold the events after a41.c17") String reason,
        @Schema(required = true, example = "a1041.c877", description = "Cursor the stream continues from")
                String resumeAt) {
}
