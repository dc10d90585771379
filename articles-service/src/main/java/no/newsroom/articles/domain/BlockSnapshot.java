package no.newsroom.articles.domain;

import no.newsroom.articles.model.BlockType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

@Schema(name = "BlockContent")
public record BlockSnapshot(UUID id, BlockType type, @Schema(nullable = true) String text,
                            @Schema(nullable = true) String caption, @Schema(nullable = true) String credit,
                            @Schema(nullable = true) String url, @Schema(nullable = true) Instant postedAt) {

    /** What a reader reads in the block: its text, or the caption of a media block. */
    public String readableText() {
        return text != null ? text : caption;
    }

    boolean sameContentAs(BlockSnapshot other) {
        return type == other.type && Objects.equals(text, other.text)
                && Objects.equals(caption, other.caption)
                && Objects.equals(credit, other.credit)
                && Objects.equals(url, other.url);
    }
}
