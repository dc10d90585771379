package no.newsroom.claims.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

@Schema(name = "HistoryEntry", description = "One change of a claim, oldest first")
public record HistoryEntryResponse(
        Instant at,
        @Schema(example = "vera") String actor,
        @Schema(example = "transitioned") String action,
        @Schema(example = "status", nullable = true) String field,
        @Schema(example = "UNVERIFIED", nullable = true) String from,
        @Schema(example = "IN_REVIEW", nullable = true) String to,
        @Schema(nullable = true) String reason) {
}
