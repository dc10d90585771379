package no.newsroom.articles.rest;

import no.newsroom.articles.domain.ArticleDiff;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "RevisionDiff", description = "Changed article fields, and blocks added, removed, edited or moved "
        + "(by block id) from one revision to another")
public record RevisionDiffResponse(@Schema(example = "1") int from, @Schema(example = "2") int to,
                                   List<ArticleDiff.FieldChange> fields, List<ArticleDiff.BlockChange> blocks) {
}
