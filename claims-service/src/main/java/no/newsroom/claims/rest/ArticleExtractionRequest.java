package no.newsroom.claims.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.UUID;

@Schema(name = "ArticleExtractionRequest", description = "An article's blocks, as the gateway reads them from "
        + "articles-service, to extract claims from and store")
public record ArticleExtractionRequest(
        @NotNull UUID articleId,
        @Pattern(regexp = Languages.BCP47, message = "must be a BCP 47 language tag such as nb or en")
        @Schema(example = "nb") String language,
        @NotNull @Size(max = 2_000) List<@NotNull @Valid BlockText> blocks) {

    @Schema(name = "BlockText")
    public record BlockText(
            @NotNull UUID id,
            @NotNull @Schema(example = "PARAGRAPH") String type,
            @Size(max = 20_000) String text) {
    }
}
