package no.newsroom.claims.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "MatchRequest", description = "A claim and up to 100 candidates to relate it to")
public record MatchRequest(
        @NotNull @Valid MatchClaimRequest claim,
        @NotNull @Size(max = MatchRequest.MAX_CANDIDATES) List<@NotNull @Valid MatchClaimRequest> candidates) {

    static final int MAX_CANDIDATES = 100;
}
