package no.newsroom.claims.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import no.newsroom.claims.model.EvidenceType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hibernate.validator.constraints.URL;

@Schema(name = "EvidenceRequest")
public record EvidenceRequest(
        @NotNull @Schema(example = "INDEPENDENT_REPORT") EvidenceType type,
        @URL @Size(max = 2_000) @Schema(example = "https://www.reuters.com/world/europe/example") String url,
        @NotBlank @Size(max = 5_000)
        @Schema(example = "Reuters bekrefter nedskytingen med satellittbilder") String description,
        @NotNull @Schema(example = "true") Boolean independent) {
}
