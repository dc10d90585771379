package no.newsroom.claims.rest;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

@Schema(name = "Anchor", description = "The quoted passage of a block that reports the claim; end - start = quote length")
public record AnchorRequest(
        @NotNull @Schema(example = "6f1c2a8e-3b7d-4c55-9a0e-2d4b8c1e7f90") UUID blockId,
        @NotNull @Min(0) @Schema(example = "0") Integer start,
        @NotNull @Min(0) @Schema(example = "110") Integer end,
        @NotBlank @Size(max = 5_000)
        @Schema(example = "Ukrainske myndigheter hevder at de har skutt ned fire russiske fly, blant dem tre "
                + "helikoptre, det siste døgnet.")
        String quote) {
}
