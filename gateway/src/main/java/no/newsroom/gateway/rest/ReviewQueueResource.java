package no.newsroom.gateway.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import no.newsroom.gateway.client.ClaimsClient;
import no.newsroom.gateway.openapi.ClaimDocs;
import no.newsroom.support.auth.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestQuery;

@Path("/api/v1/review-queue")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Review")
public class ReviewQueueResource {

    private final ClaimsClient claims;

    public ReviewQueueResource(ClaimsClient claims) {
        this.claims = claims;
    }

    @GET
    @RolesAllowed({Roles.EDITOR, Roles.VERIFIER, Roles.ADMIN})
    @SecurityRequirementsSet(@SecurityRequirement(name = ApiResponses.BEARER))
    @SecurityRequirementsSet(@SecurityRequirement(name = ApiResponses.OIDC))
    @Operation(operationId = "getReviewQueue", summary = "Claims waiting for verification",
            description = "Oldest unverified first, then claims whose re-check is due.")
    @APIResponse(responseCode = "200", description = "One page",
            content = @Content(schema = @Schema(implementation = ClaimDocs.ReviewQueuePage.class)))
    @APIResponse(responseCode = "400", ref = ApiResponses.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ApiResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiResponses.FORBIDDEN)
    @APIResponse(responseCode = "503", ref = ApiResponses.UNAVAILABLE)
    public Uni<Response> queue(
            @RestQuery @Min(1) @Max(100) @Parameter(description = "Page size, 1-100 (default 20)") Integer limit,
            @RestQuery @Size(max = 200) @Parameter(description = "nextCursor of the previous page") String cursor) {
        return claims.reviewQueue(limit, cursor).map(Passthrough::of);
    }
}
