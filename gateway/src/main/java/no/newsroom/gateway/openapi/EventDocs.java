package no.newsroom.gateway.openapi;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

/** The data of one Server-Sent Event on /api/v1/events; documentation only. */
@Schema(name = "LiveEvent", description = "An article or claim change. The SSE id carries the same cursor; send it "
        + "back as Last-Event-ID to resume.")
public record EventDocs(
        @Schema(required = true, example = "a41.c17", description = "Cursor a<article event>.c<claim event>") String id,
        @Schema(required = true, enumeration = {"ARTICLES", "CLAIMS"}, example = "CLAIMS") String source,
        @Schema(required = true, example = "claim.statusChanged", description = "article.created, article.updated, "
                + "article.published, article.unpublished, article.archived, article.blockChanged, claim.created, "
                + "claim.updated, claim.statusChanged, claim.approved, claim.withdrawn, claim.evidenceAdded, "
                + "claim.anchorChanged; staff only: claim.visibilityChanged, claim.verdictShared (data.claims names "
                + "each affected claimId with its articleId and blockId)") String type,
        @Schema(required = true, example = Examples.TIMESTAMP) Instant occurredAt,
        @Schema(required = true, example = Examples.CLAIM_ID) UUID subjectId,
        @Schema(required = true, example = Examples.ARTICLE_ID) UUID articleId,
        @JsonProperty("public") @Schema(required = true, example = "true", description = "Visible to readers")
                boolean visibleToPublic,
        @Schema(required = true,
                description = "Type-specific details, e.g. from, to, status, publicStatus of a status change")
        Object data) {
}
