package no.newsroom.articles.rest;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonRawValue;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

@Schema(name = "ArticleEventItem", description = "One change of an article, from the transactional outbox")
public record EventResponse(
        @Schema(example = "42") long id,
        @Schema(example = "article.blockChanged") String type,
        Instant occurredAt,
        @Schema(description = "The article, or the block for article.blockChanged") UUID subjectId,
        UUID articleId,
        @JsonProperty("public") @Schema(name = "public", description = "Whether anonymous readers may see it")
        boolean visibleToPublic,
        @JsonRawValue @Schema(type = SchemaType.OBJECT,
                example = "{\"blockId\": \"5f0c…\", \"change\": \"edited\", \"text\": \"Ny tekst.\"}")
        String data) {
}
