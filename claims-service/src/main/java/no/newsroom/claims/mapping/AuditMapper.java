package no.newsroom.claims.mapping;

import no.newsroom.claims.model.ClaimEvent;
import no.newsroom.claims.model.ClaimHistoryEntry;
import no.newsroom.claims.rest.EventResponse;
import no.newsroom.claims.rest.HistoryEntryResponse;

public final class AuditMapper {

    private AuditMapper() {
    }

    public static HistoryEntryResponse toResponse(ClaimHistoryEntry entry) {
        return new HistoryEntryResponse(entry.at, entry.actor, entry.action, entry.field, entry.oldValue,
                entry.newValue, entry.reason);
    }

    public static EventResponse toResponse(ClaimEvent event) {
        return new EventResponse(event.id, event.type, event.occurredAt, event.subjectId, event.articleId,
                event.isPublic, event.data);
    }
}
