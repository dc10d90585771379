package no.newsroom.articles.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import no.newsroom.articles.domain.ContentLimits;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "ArticleRequest", description = "The editable content of an article: a new one starts as a DRAFT; "
        + "a PUT replaces the content, keeping the blocks whose id it names")
public record ArticleRequest(
        @NotBlank @Size(max = 300) @Schema(example = "Live: Missilfragmenter traff boligblokker i Kyiv") String title,
        @Size(max = 2_000) String lead,
        @NotBlank @Pattern(regexp = Languages.BCP47, message = "must be a BCP 47 language tag such as nb or en")
        @Schema(example = "nb") String language,
        List<@NotBlank @Size(max = 100) String> tags,
        List<@NotBlank @Size(max = 200) String> authors,
        @NotNull @Size(max = ContentLimits.MAX_BLOCKS) List<@NotNull @Valid BlockRequest> blocks) {
}
