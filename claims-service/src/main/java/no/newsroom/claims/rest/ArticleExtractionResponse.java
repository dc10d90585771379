package no.newsroom.claims.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.UUID;

@Schema(name = "ArticleExtractionResult", description = "The article's extracted claims: those created now and "
        + "those a previous extraction had stored already")
public record ArticleExtractionResponse(UUID articleId, int created, int existing, List<ClaimResponse> claims) {
}
