package no.newsroom.articles.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import no.newsroom.articles.domain.ContentLimits;
import no.newsroom.articles.model.BlockType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

@Schema(name = "BlockRequest", description = "A block of article content, in reading order")
public record BlockRequest(
        @Schema(description = "On update: the id of an existing block to keep (its text may change); leave it out "
                + "for a new block") UUID id,
        @NotNull @Schema(example = "PARAGRAPH") BlockType type,
        @Size(max = ContentLimits.MAX_BLOCK_TEXT)
        @Schema(example = "Ukrainske myndigheter hevder at de har skutt ned fire russiske fly.")
        String text,
        @Size(max = ContentLimits.MAX_CAPTION) String caption,
        @Size(max = ContentLimits.MAX_CREDIT) @Schema(example = "Foto: AFP") String credit,
        @Size(max = 2_048) String url) {
}
