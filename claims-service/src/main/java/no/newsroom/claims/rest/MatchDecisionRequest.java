package no.newsroom.claims.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "MatchDecision", description = "Confirms or rejects a suggested match; relation corrects the "
        + "engine's relation")
public record MatchDecisionRequest(
        @NotNull @Pattern(regexp = "CONFIRMED|REJECTED", message = "must be CONFIRMED or REJECTED")
        @Schema(enumeration = {"CONFIRMED", "REJECTED"}, example = "CONFIRMED") String decision,
        @Pattern(regexp = "SAME|UPDATE|CONFLICT|RELATED", message = "must be SAME, UPDATE, CONFLICT or RELATED")
        @Schema(enumeration = {"SAME", "UPDATE", "CONFLICT", "RELATED"}, nullable = true, example = "SAME")
        String relation) {
}
