package no.newsroom.gateway.rest;

import no.newsroom.support.auth.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import no.newsroom.gateway.client.ClaimsClient;
import no.newsroom.gateway.client.ClaimsClient.ClaimAction;
import no.newsroom.gateway.openapi.ClaimDocs;
import no.newsroom.gateway.openapi.Examples;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;

import java.util.UUID;

/**
 * A claim's way through verification: transitions, the second verifier's approval, withdrawal, and retiring evidence
 * (superseded or removed).
 */
@Path("/api/v1/claims")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Claims")
public class ClaimWorkflowResource {

    private final ClaimsClient claims;

    public ClaimWorkflowResource(ClaimsClient claims) {
        this.claims = claims;
    }

    @POST
    @Path("/{id}/transitions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.VERIFIER, Roles.ADMIN})
    @SecurityRequirementsSet(@SecurityRequirement(name = ApiResponses.BEARER))
    @SecurityRequirementsSet(@SecurityRequirement(name = ApiResponses.OIDC))
    @Operation(operationId = "transitionClaim", summary = "Move a claim through the verification workflow",
            description = "UNVERIFIED → IN_REVIEW → a verdict; a verdict needs a rationale (and evidence for "
                    + "CONFIRMED, PARTLY_CONFIRMED, FALSE, MISLEADING) and stays pending until another verifier "
                    + "approves it. Reopening needs a reason.")
    @Parameter(name = "If-Match", in = ParameterIn.HEADER, required = true, description = "ETag of the claim",
            schema = @Schema(type = SchemaType.STRING), example = "\"3\"")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ClaimDocs.Transition.class),
            examples = {@ExampleObject(name = "review", value = Examples.TRANSITION_TO_REVIEW),
                    @ExampleObject(name = "verdict", value = Examples.TRANSITION_TO_VERDICT)}))
    @APIResponse(responseCode = "200", description = "Moved",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = ClaimDocs.Claim.class)))
    @APIResponse(responseCode = "400", ref = ApiResponses.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ApiResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiResponses.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiResponses.CONFLICT)
    @APIResponse(responseCode = "412", ref = ApiResponses.PRECONDITION_FAILED)
    @APIResponse(responseCode = "422", ref = ApiResponses.UNPROCESSABLE)
    @APIResponse(responseCode = "428", ref = ApiResponses.PRECONDITION_REQUIRED)
    @APIResponse(responseCode = "429", ref = ApiResponses.TOO_MANY_REQUESTS)
    @APIResponse(responseCode = "503", ref = ApiResponses.UNAVAILABLE)
    public Uni<Response> transition(@RestPath UUID id, String transition) {
        return claims.act(id.toString(), ClaimAction.TRANSITION, transition).map(Passthrough::of);
    }

    @POST
    @Path("/{id}/approval")
    @RolesAllowed({Roles.VERIFIER, Roles.ADMIN})
    @SecurityRequirementsSet(@SecurityRequirement(name = ApiResponses.BEARER))
    @SecurityRequirementsSet(@SecurityRequirement(name = ApiResponses.OIDC))
    @Operation(operationId = "approveClaim", summary = "Approve a proposed verdict",
            description = "Four eyes: a verifier other than the proposer makes the verdict public.")
    @Parameter(name = "If-Match", in = ParameterIn.HEADER, required = true, description = "ETag of the claim",
            schema = @Schema(type = SchemaType.STRING), example = "\"4\"")
    @APIResponse(responseCode = "200", description = "Approved; publicStatus = status",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = ClaimDocs.Claim.class)))
    @APIResponse(responseCode = "401", ref = ApiResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiResponses.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiResponses.CONFLICT)
    @APIResponse(responseCode = "412", ref = ApiResponses.PRECONDITION_FAILED)
    @APIResponse(responseCode = "428", ref = ApiResponses.PRECONDITION_REQUIRED)
    @APIResponse(responseCode = "429", ref = ApiResponses.TOO_MANY_REQUESTS)
    @APIResponse(responseCode = "503", ref = ApiResponses.UNAVAILABLE)
    public Uni<Response> approve(@RestPath UUID id) {
        return claims.act(id.toString(), ClaimAction.APPROVAL, "{}").map(Passthrough::of);
    }

    @POST
    @Path("/{id}/withdrawal")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.EDITOR, Roles.VERIFIER, Roles.ADMIN})
    @SecurityRequirementsSet(@SecurityRequirement(name = ApiResponses.BEARER))
    @SecurityRequirementsSet(@SecurityRequirement(name = ApiResponses.OIDC))
    @Operation(operationId = "withdrawClaim", summary = "Withdraw a claim",
            description = "With a reason; the claim and its history are kept.")
    @Parameter(name = "If-Match", in = ParameterIn.HEADER, required = true, description = "ETag of the claim",
            schema = @Schema(type = SchemaType.STRING), example = "\"4\"")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ClaimDocs.Withdrawal.class),
            examples = @ExampleObject(name = "duplicate", value = Examples.WITHDRAWAL)))
    @APIResponse(responseCode = "200", description = "Withdrawn",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = ClaimDocs.Claim.class)))
    @APIResponse(responseCode = "400", ref = ApiResponses.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ApiResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiResponses.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiResponses.CONFLICT)
    @APIResponse(responseCode = "412", ref = ApiResponses.PRECONDITION_FAILED)
    @APIResponse(responseCode = "428", ref = ApiResponses.PRECONDITION_REQUIRED)
    @APIResponse(responseCode = "429", ref = ApiResponses.TOO_MANY_REQUESTS)
    @APIResponse(responseCode = "503", ref = ApiResponses.UNAVAILABLE)
    public Uni<Response> withdraw(@RestPath UUID id, String withdrawal) {
        return claims.act(id.toString(), ClaimAction.WITHDRAWAL, withdrawal).map(Passthrough::of);
    }

    @POST
    @Path("/{id}/evidence/{evidenceId}/supersession")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.VERIFIER, Roles.ADMIN})
    @SecurityRequirementsSet(@SecurityRequirement(name = ApiResponses.BEARER))
    @SecurityRequirementsSet(@SecurityRequirement(name = ApiResponses.OIDC))
    @Operation(operationId = "supersedeClaimEvidence", summary = "Mark evidence superseded",
            description = "The item stays listed, marked superseded, and no longer counts towards the evidence a new "
                    + "verdict needs: this is how evidence a verdict relied on is retired, once the claim is reopened.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ClaimDocs.EvidenceSupersession.class),
            examples = @ExampleObject(name = "newer figures", value = Examples.EVIDENCE_SUPERSESSION)))
    @APIResponse(responseCode = "200", description = "The superseded evidence",
            content = @Content(schema = @Schema(implementation = ClaimDocs.Evidence.class)))
    @APIResponse(responseCode = "400", ref = ApiResponses.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ApiResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiResponses.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiResponses.CONFLICT)
    @APIResponse(responseCode = "422", ref = ApiResponses.UNPROCESSABLE)
    @APIResponse(responseCode = "429", ref = ApiResponses.TOO_MANY_REQUESTS)
    @APIResponse(responseCode = "503", ref = ApiResponses.UNAVAILABLE)
    public Uni<Response> supersedeEvidence(@RestPath UUID id, @RestPath UUID evidenceId, String reason) {
        return claims.supersedeEvidence(id.toString(), evidenceId.toString(), reason).map(Passthrough::of);
    }

    @DELETE
    @Path("/{id}/evidence/{evidenceId}")
    @RolesAllowed({Roles.VERIFIER, Roles.ADMIN})
    @SecurityRequirementsSet(@SecurityRequirement(name = ApiResponses.BEARER))
    @SecurityRequirementsSet(@SecurityRequirement(name = ApiResponses.OIDC))
    @Operation(operationId = "removeClaimEvidence", summary = "Remove evidence no verdict relied on",
            description = "Hides an item added by mistake; the row and its history stay. Evidence a verdict relied "
                    + "on is a 409: supersede it instead.")
    @APIResponse(responseCode = "204", description = "Removed from the list")
    @APIResponse(responseCode = "401", ref = ApiResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiResponses.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiResponses.CONFLICT)
    @APIResponse(responseCode = "429", ref = ApiResponses.TOO_MANY_REQUESTS)
    @APIResponse(responseCode = "503", ref = ApiResponses.UNAVAILABLE)
    public Uni<Response> removeEvidence(@RestPath UUID id, @RestPath UUID evidenceId) {
        return claims.removeEvidence(id.toString(), evidenceId.toString()).map(Passthrough::of);
    }
}
