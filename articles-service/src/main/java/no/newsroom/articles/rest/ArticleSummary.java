package no.newsroom.articles.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import no.newsroom.articles.model.ArticleStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

@Schema(name = "ArticleSummary", description = "An article in a list, without its blocks")
public record ArticleSummary(UUID id, String slug, String title, @Schema(nullable = true) String lead,
                             String language, ArticleStatus status, List<String> authors, List<String> tags,
                             @Schema(nullable = true) Instant publishedAt, Instant updatedAt,
                             long version,
                             @JsonInclude(JsonInclude.Include.NON_NULL)
                             @Schema(description = "Search relevance (ts_rank); only in search results")
                             Float rank,
                             @JsonInclude(JsonInclude.Include.NON_NULL)
                             @Schema(description = "Lead and text around the matches, HTML-escaped, matches in "
                                     + "<mark>…</mark>; only in search results",
                                     example = "… dager med <mark>evakuering</mark> fra Mariupol …")
                             String snippet) {
}
