package no.newsroom.claims.rest;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import no.newsroom.claims.domain.ClaimNotFoundException;
import no.newsroom.claims.mapping.ClaimMapper;
import no.newsroom.claims.model.Claim;
import no.newsroom.claims.model.ClaimStatus;
import no.newsroom.claims.repository.ClaimFilter;
import no.newsroom.claims.repository.PageCursor;
import no.newsroom.claims.service.ClaimService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import java.util.UUID;

@Path("/claims")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Claims", description = "Claims reported by articles and their verification")
public class ClaimResource {

    private final ClaimService service;
    private final SecurityIdentity identity;

    public ClaimResource(ClaimService service, SecurityIdentity identity) {
        this.service = service;
        this.identity = identity;
    }

    @GET
    @PermitAll
    @Operation(summary = "List claims", description = "Oldest first. Readers filter and see the public status only.")
    @APIResponse(responseCode = "200", description = "One page of claims")
    @APIResponse(responseCode = "400", description = "Invalid filter or cursor",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PageResponse<ClaimResponse> list(
            @RestQuery @DefaultValue("20") @Min(1) @Max(100) int limit,
            @RestQuery @Size(max = 200) String cursor,
            @RestQuery UUID articleId,
            @RestQuery ClaimStatus status) {
        boolean staff = isStaff();
        PageCursor after = cursor == null || cursor.isBlank() ? null : PageCursor.decode(cursor);
        var page = service.list(new ClaimFilter(articleId, status, !staff), after, limit);
        return PageResponse.of(page, claim -> ClaimMapper.toResponse(claim, staff));
    }

    @GET
    @Path("/by-article/{articleId}")
    @PermitAll
    @Operation(summary = "All claims of one article",
            description = "Unpaged, in creation order: the gateway attaches them to the article's blocks in one call.")
    @APIResponse(responseCode = "200", description = "The article's claims (items only; nextCursor is null)")
    public PageResponse<ClaimResponse> byArticle(@RestPath UUID articleId) {
        boolean staff = isStaff();
        var claims = service.listForArticle(articleId, !staff);
        return new PageResponse<>(claims.stream().map(claim -> ClaimMapper.toResponse(claim, staff)).toList(), null,
                claims.size());
    }

    @GET
    @Path("/{id}")
    @PermitAll
    @Operation(summary = "Get a claim", description = "Honours If-None-Match.")
    @APIResponse(responseCode = "200", description = "The claim",
            content = @Content(schema = @Schema(implementation = ClaimResponse.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match")
    @APIResponse(responseCode = "404", description = "No such claim",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response get(@RestPath UUID id, Request request) {
        Claim claim = service.find(id).orElseThrow(() -> new ClaimNotFoundException(id));
        EntityTag tag = EntityVersions.tagOf(claim.version);
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        if (notModified != null) {
            return notModified.tag(tag).build();
        }
        return Response.ok(ClaimMapper.toResponse(claim, isStaff())).tag(tag).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @Operation(summary = "Record a claim", description = "Starts UNVERIFIED. Quantities must be consistent.")
    @APIResponse(responseCode = "201", description = "Created; Location and ETag are set",
            content = @Content(schema = @Schema(implementation = ClaimResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid request",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "Not an editor")
    @APIResponse(responseCode = "422", description = "Inconsistent quantities or anchor",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(@NotNull @Valid ClaimRequest request, UriInfo uriInfo) {
        Claim claim = service.create(ClaimMapper.toDraft(request), identity.getPrincipal().getName());
        return Response.created(uriInfo.getBaseUriBuilder().path("claims").path(claim.id.toString()).build())
                .tag(EntityVersions.tagOf(claim.version))
                .entity(ClaimMapper.toResponse(claim, true))
                .build();
    }

    private boolean isStaff() {
        return identity.hasRole(Roles.EDITOR) || identity.hasRole(Roles.VERIFIER) || identity.hasRole(Roles.ADMIN);
    }
}
