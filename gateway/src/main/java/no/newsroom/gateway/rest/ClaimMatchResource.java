package no.newsroom.gateway.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import no.newsroom.gateway.client.ClaimsClient;
import no.newsroom.gateway.openapi.ClaimDocs;
import no.newsroom.gateway.openapi.Examples;
import no.newsroom.support.auth.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code POST /api/v1/claims:match}, a custom method on the claims collection. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Claims")
public class ClaimMatchResource {

    private final ClaimsClient claims;

    public ClaimMatchResource(ClaimsClient claims) {
        this.claims = claims;
    }

    @POST
    @Path("/claims:match")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.EDITOR, Roles.VERIFIER, Roles.ADMIN})
    @SecurityRequirementsSet(@SecurityRequirement(name = ApiResponses.BEARER))
    @SecurityRequirementsSet(@SecurityRequirement(name = ApiResponses.OIDC))
    @Operation(operationId = "matchClaims", summary = "Relate a claim to candidate claims",
            description = "Stateless: says for each candidate whether it is the SAME claim (any language, "
                    + "compatible figures, equivalent claimant), an UPDATE of the claimant's running count, a "
                    + "CONFLICT over the same count, RELATED or UNRELATED, with a score for how alike the subjects "
                    + "are. Figures are read from the statements; nothing is stored. At most 100 candidates.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ClaimDocs.MatchRequest.class),
            examples = @ExampleObject(name = "aircraft", value = Examples.MATCH_REQUEST)))
    @APIResponse(responseCode = "200", description = "One match per candidate, in candidate order",
            content = @Content(schema = @Schema(implementation = ClaimDocs.MatchResult.class),
                    examples = @ExampleObject(name = "aircraft", value = Examples.MATCH_RESPONSE)))
    @APIResponse(responseCode = "400", ref = ApiResponses.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ApiResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiResponses.FORBIDDEN)
    @APIResponse(responseCode = "429", ref = ApiResponses.TOO_MANY_REQUESTS)
    @APIResponse(responseCode = "503", ref = ApiResponses.UNAVAILABLE)
    public Uni<Response> match(String request) {
        return claims.match(request).map(Passthrough::of);
    }
}
