package no.newsroom.claims.rest;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import no.newsroom.claims.mapping.EvidenceMapper;
import no.newsroom.claims.model.Evidence;
import no.newsroom.claims.service.EvidenceService;
import no.newsroom.support.auth.Roles;
import no.newsroom.support.idempotency.Idempotent;
import no.newsroom.support.rest.PageResponse;
import no.newsroom.support.rest.Problem;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;

import java.util.UUID;

@Path("/claims/{id}/evidence")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.EDITOR, Roles.VERIFIER, Roles.ADMIN})
@Tag(name = "Evidence", description = "Material behind a verdict; never deleted once a verdict relied on it")
public class EvidenceResource {

    private final EvidenceService service;
    private final SecurityIdentity identity;

    public EvidenceResource(EvidenceService service, SecurityIdentity identity) {
        this.service = service;
        this.identity = identity;
    }

    @GET
    @Operation(summary = "List a claim's evidence", description = "Oldest first, superseded items included.")
    @APIResponse(responseCode = "200", description = "The evidence (items only; nextCursor is null)")
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "Not staff",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such claim",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PageResponse<EvidenceResponse> list(@RestPath UUID id) {
        var items = service.list(id);
        return new PageResponse<>(items.stream().map(EvidenceMapper::toResponse).toList(), null, items.size());
    }

    @POST
    @Idempotent
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add evidence to a claim")
    @RequestBody(content = @Content(schema = @Schema(implementation = EvidenceRequest.class),
            examples = @ExampleObject(name = "independent report", value = "{\"type\": \"INDEPENDENT_REPORT\", "
                    + "\"url\": \"https://www.reuters.com/world/europe/example\", \"description\": "
                    + "\"Reuters bekrefter nedskytingen\", \"independent\": true}")))
    @APIResponse(responseCode = "201", description = "Added; Location names the evidence",
            content = @Content(schema = @Schema(implementation = EvidenceResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid request",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "Not staff",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such claim",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The claim is withdrawn",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response add(@RestPath UUID id, @NotNull @Valid EvidenceRequest request, UriInfo uriInfo) {
        Evidence evidence = service.add(id, EvidenceMapper.toDraft(request), actor());
        return Response.created(uriInfo.getBaseUriBuilder().path("claims").path(id.toString()).path("evidence")
                        .path(evidence.id.toString()).build())
                .entity(EvidenceMapper.toResponse(evidence))
                .build();
    }

    @POST
    @Path("/{evidenceId}/supersession")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.VERIFIER, Roles.ADMIN})
    @Operation(summary = "Mark evidence superseded", description = "The item stays listed, marked superseded, and no "
            + "longer counts towards the evidence a new verdict needs. This is how evidence a verdict relied on is "
            + "retired.")
    @RequestBody(content = @Content(schema = @Schema(implementation = ReasonRequest.class),
            examples = @ExampleObject(name = "newer figures", value = "{\"reason\": \"Erstattet av nyere tall\"}")))
    @APIResponse(responseCode = "200", description = "The superseded evidence",
            content = @Content(schema = @Schema(implementation = EvidenceResponse.class)))
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "Not a verifier",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such claim or evidence",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Already superseded, or a proposed or approved verdict relies "
            + "on it (verdict-locked: reopen the claim first)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "No reason given",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public EvidenceResponse supersede(@RestPath UUID id, @RestPath UUID evidenceId,
                                      @NotNull @Valid ReasonRequest request) {
        return EvidenceMapper.toResponse(service.supersede(id, evidenceId, request.reason(), actor()));
    }

    @DELETE
    @Path("/{evidenceId}")
    @RolesAllowed({Roles.VERIFIER, Roles.ADMIN})
    @Operation(summary = "Remove evidence no verdict relied on", description = "Hides an item added by mistake; "
            + "the row and its history stay. Evidence a verdict relied on answers 409: supersede it instead.")
    @APIResponse(responseCode = "204", description = "Removed from the list")
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "Not a verifier",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such claim or evidence",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "A verdict relied on it (supersede it instead; while the "
            + "verdict stands, reopen the claim first)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public void remove(@RestPath UUID id, @RestPath UUID evidenceId) {
        service.remove(id, evidenceId, actor());
    }

    private String actor() {
        return identity.getPrincipal().getName();
    }
}
