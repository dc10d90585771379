package no.newsroom.claims.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import no.newsroom.claims.service.ClaimMatchingService;
import no.newsroom.support.auth.Roles;
import no.newsroom.support.rest.Problem;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Matching", description = "The same claim across articles and languages")
public class MatchResource {

    private final ClaimMatchingService matching;

    public MatchResource(ClaimMatchingService matching) {
        this.matching = matching;
    }

    @POST
    @Path("/claims:match")
    @RolesAllowed({Roles.EDITOR, Roles.VERIFIER, Roles.ADMIN})
    @Operation(summary = "Relate a claim to candidate claims",
            description = "Stateless: each candidate is SAME, UPDATE, CONFLICT, RELATED or UNRELATED to the claim, "
                    + "with a score for how alike their subjects are. Figures are read from the statements.")
    @APIResponse(responseCode = "200", description = "One match per candidate, in candidate order",
            content = @Content(schema = @Schema(implementation = MatchResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid request, more than 100 candidates, or a language "
            + "other than Norwegian or English",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid bearer token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not an editor or verifier",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public MatchResponse match(@NotNull @Valid MatchRequest request) {
        var candidates = request.candidates().stream().map(MatchClaimRequest::toClaimText).toList();
        return MatchResponse.of(matching.match(request.claim().toClaimText(), candidates));
    }
}
