package no.newsroom.claims.rest;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import no.newsroom.claims.domain.ClaimNotFoundException;
import no.newsroom.claims.domain.MatchState;
import no.newsroom.claims.matching.Relation;
import no.newsroom.claims.service.ClaimService;
import no.newsroom.claims.service.StoredMatchingService;
import no.newsroom.support.auth.Roles;
import no.newsroom.support.rest.PageResponse;
import no.newsroom.support.rest.Problem;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;

/** The stored matches of a claim; staff only, since suggestions may name claims of unpublished articles. */
@Path("/claims/{id}/matches")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Matching")
public class ClaimMatchesResource {

    private final StoredMatchingService matching;
    private final ClaimService claims;
    private final SecurityIdentity identity;

    public ClaimMatchesResource(StoredMatchingService matching, ClaimService claims, SecurityIdentity identity) {
        this.matching = matching;
        this.claims = claims;
        this.identity = identity;
    }

    @GET
    @RolesAllowed({Roles.EDITOR, Roles.VERIFIER, Roles.ADMIN})
    @Operation(summary = "The claim's matches", description = "Claims of any article the engine related to this "
            + "one when either was created or edited, with relation, score and staff's decision; best score first.")
    @APIResponse(responseCode = "200", description = "The matches (items only; nextCursor is null)")
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "Not staff",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such claim",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PageResponse<StoredMatchResponse> list(@RestPath UUID id) {
        claims.find(id, true).orElseThrow(() -> new ClaimNotFoundException(id));
        var found = matching.matchesOf(id).stream().map(StoredMatchResponse::of).toList();
        return new PageResponse<>(found, null, found.size());
    }

    @POST
    @Path("/{otherId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.EDITOR, Roles.VERIFIER, Roles.ADMIN})
    @Operation(summary = "Confirm or reject a match", description = "Decides the match for both claims and "
            + "records the decision in both claims' history; relation, when given, corrects the engine's.")
    @APIResponse(responseCode = "200", description = "The decided match",
            content = @Content(schema = @Schema(implementation = StoredMatchResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid decision or relation",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "Not staff",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such claim, or no match between the two claims",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public StoredMatchResponse decide(@RestPath UUID id, @RestPath UUID otherId,
                                      @NotNull @Valid MatchDecisionRequest request) {
        Relation relation = request.relation() == null ? null : Relation.valueOf(request.relation());
        var decided = matching.decide(id, otherId, MatchState.valueOf(request.decision()), relation,
                identity.getPrincipal().getName());
        return StoredMatchResponse.of(decided);
    }
}
