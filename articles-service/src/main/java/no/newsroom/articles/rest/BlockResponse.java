package no.newsroom.articles.rest;

import no.newsroom.articles.model.BlockType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

@Schema(name = "Block")
public record BlockResponse(UUID id, BlockType type, String text, String caption, String credit, String url,
                            Instant postedAt) {
}
