package no.newsroom.claims.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** schema.org ClaimReview as JSON-LD, with the properties Google's fact-check rich results read. */
@Schema(name = "ClaimReview", description = "schema.org ClaimReview JSON-LD of an approved verdict")
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"@context", "@type"})
public record ClaimReviewDocument(
        @JsonProperty("@context") @Schema(example = "https://schema.org") String context,
        @JsonProperty("@type") @Schema(example = "ClaimReview") String type,
        @Schema(example = "https://newsroom.example/fact-checks/3f0c5b7e-0d6b-4f1c-9a55-0b4e8f0c1d2a") String url,
        @Schema(example = "Ukraina skjøt ned fire russiske fly, blant dem tre helikoptre, det siste døgnet")
        String claimReviewed,
        @Schema(example = "2022-03-15") String datePublished,
        Party author,
        Rating reviewRating,
        ReviewedClaim itemReviewed) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"@type"})
    public record Party(@JsonProperty("@type") @Schema(example = "Organization") String type,
                        @Schema(example = "Newsroom faktasjekk") String name,
                        @Schema(example = "https://newsroom.example") String url) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"@type"})
    public record Rating(@JsonProperty("@type") @Schema(example = "Rating") String type,
                         @Schema(example = "5") Integer ratingValue,
                         @Schema(example = "5") Integer bestRating,
                         @Schema(example = "1") Integer worstRating,
                         @Schema(example = "CONFIRMED") String alternateName) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"@type"})
    public record ReviewedClaim(@JsonProperty("@type") @Schema(example = "Claim") String type,
                                Party author,
                                @Schema(example = "2022-03-14") String datePublished,
                                Appearance appearance) {
    }

    @JsonPropertyOrder({"@type"})
    public record Appearance(@JsonProperty("@type") @Schema(example = "CreativeWork") String type,
                             @Schema(example = "https://newsroom.example/articles/0b6f6c9e-1f0a-4a53-8c9a-5d1f1e2b7c44")
                             String url) {
    }
}
