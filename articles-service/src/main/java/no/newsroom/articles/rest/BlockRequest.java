package no.newsroom.articles.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import no.newsroom.articles.model.BlockType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

@Schema(name = "BlockRequest", description = "A block of article content, in reading order")
public record BlockRequest(
        @Schema(description = "On update: the id of an existing block to keep (its text may change); leave it out "
                + "for a new block") UUID id,
        @NotNull @Schema(example = "PARAGRAPH") BlockType type,
        @Size(max = 20_000) @Schema(example = "Ukrainske myndigheter hevder at de har skutt ned fire russiske fly.")
        String text,
        @Size(max = 2_000) String caption,
        @Size(max = 300) @Schema(example = "Foto: AFP") String credit,
        @Size(max = 2_048) String url) {
}
