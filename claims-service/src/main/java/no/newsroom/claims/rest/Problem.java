package no.newsroom.claims.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** An RFC 9457 problem detail. */
@Schema(name = "Problem", description = "RFC 9457 problem details; validation problems list the fields at fault")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(
        @Schema(example = "https://newsroom.example/problems/validation") String type,
        @Schema(example = "Invalid request") String title,
        @Schema(example = "400") int status,
        @Schema(example = "claimReviewed: size must be between 1 and 140") String detail,
        @Schema(example = "/claims") String instance,
        List<FieldError> errors,
        @Schema(description = "For a refused workflow transition: the statuses the claim may move to",
                example = "[\"IN_REVIEW\"]")
        List<String> allowed) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public Problem(String type, String title, int status, String detail, String instance, List<FieldError> errors) {
        this(type, title, status, detail, instance, errors, null);
    }

    @Schema(name = "FieldError")
    public record FieldError(@Schema(example = "claimReviewed") String field, @Schema(example = "must not be blank") String message) {
    }
}
