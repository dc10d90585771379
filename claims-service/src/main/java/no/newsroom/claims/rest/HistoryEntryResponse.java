package no.newsroom.claims.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

@Schema(name = "HistoryEntry", description = "One change of a claim, oldest first")
public record HistoryEntryResponse(
        Instant at,
        @Schema(example = "vera") String actor,
        @Schema(example = "transitioned") String action,
        @Schema(example = "status") String field,
        @Schema(example = "UNVERIFIED") String from,
        @Schema(example = "IN_REVIEW") String to,
        @Schema(nullable = true) String reason) {
}
