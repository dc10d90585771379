package no.newsroom.articles.rest;

import no.newsroom.articles.model.BlockType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

@Schema(name = "Block")
public record BlockResponse(UUID id, BlockType type, @Schema(nullable = true) String text,
                            @Schema(nullable = true) String caption, @Schema(nullable = true) String credit,
                            @Schema(nullable = true) String url, @Schema(nullable = true) Instant postedAt) {
}
