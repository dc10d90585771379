package no.newsroom.support.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** An RFC 9457 problem detail. */
@Schema(name = "Problem", description = "RFC 9457 problem details; validation problems list the fields at fault",
        requiredProperties = {"type", "title", "status"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(
        @Schema(example = "https://newsroom.example/problems/validation", description = "What went wrong, for "
                + "clients to branch on: https://newsroom.example/problems/<name>, each name described with what to "
                + "do in the catalogue docs/problems.md, or about:blank for a plain HTTP error") String type,
        @Schema(example = "Invalid request") String title,
        @Schema(example = "400") int status,
        @Schema(example = "title: must not be blank") String detail,
        @Schema(example = "/api/v1/articles") String instance,
        List<FieldError> errors,
        @Schema(description = "For a refused workflow transition: the statuses the claim may move to",
                example = "[\"IN_REVIEW\"]")
        List<String> allowed) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public Problem(String type, String title, int status, String detail, String instance, List<FieldError> errors) {
        this(type, title, status, detail, instance, errors, null);
    }

    @Schema(name = "FieldError", requiredProperties = {"field", "message"})
    public record FieldError(@Schema(example = "title") String field, @Schema(example = "must not be blank") String message) {
    }
}
