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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/extractions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Extraction")
public class ExtractionResource {

    private final ClaimsClient claims;

    public ExtractionResource(ClaimsClient claims) {
        this.claims = claims;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @SecurityRequirementsSet(@SecurityRequirement(name = ApiResponses.BEARER))
    @SecurityRequirementsSet(@SecurityRequirement(name = ApiResponses.OIDC))
    @Operation(operationId = "extractClaims", summary = "Find claim candidates in a text",
            description = "Attributed statements with numbers, claimant and source; nothing is stored. Extraction "
                    + "has its own budget per client, apart from writes: 40 at once, then 20 a second.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ClaimDocs.ExtractionRequest.class),
            examples = @ExampleObject(name = "aircraft", value = Examples.EXTRACTION_REQUEST)))
    @APIResponse(responseCode = "200", description = "The candidates",
            headers = {
                    @Header(name = "RateLimit-Policy", description = ApiResponses.RATE_LIMIT_POLICY,
                            schema = @Schema(type = SchemaType.STRING, example = "\"extractions\";q=40;w=2")),
                    @Header(name = "RateLimit", description = ApiResponses.RATE_LIMIT,
                            schema = @Schema(type = SchemaType.STRING, example = "\"extractions\";r=39;t=1"))},
            content = @Content(schema = @Schema(implementation = ClaimDocs.Extraction.class)))
    @APIResponse(responseCode = "400", ref = ApiResponses.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ApiResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiResponses.FORBIDDEN)
    @APIResponse(responseCode = "422", ref = ApiResponses.UNPROCESSABLE)
    @APIResponse(responseCode = "429", ref = ApiResponses.TOO_MANY_REQUESTS)
    @APIResponse(responseCode = "503", ref = ApiResponses.UNAVAILABLE)
    public Uni<Response> extract(String text) {
        return claims.extract(text).map(Passthrough::of);
    }
}
