package no.newsroom.claims.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import no.newsroom.claims.domain.ClaimNotFoundException;
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

/** A tally's figures over time, from confirmed UPDATE matches; staff only, like the matches themselves. */
@Path("/claims/{id}/timeline")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Matching")
public class ClaimTimelineResource {

    private final StoredMatchingService matching;
    private final ClaimService claims;

    public ClaimTimelineResource(StoredMatchingService matching, ClaimService claims) {
        this.matching = matching;
        this.claims = claims;
    }

    @GET
    @RolesAllowed({Roles.EDITOR, Roles.VERIFIER, Roles.ADMIN})
    @Operation(summary = "The running count this claim belongs to", description = "The claim and every claim "
            + "linked to it by confirmed UPDATE matches, directly or through each other, oldest report first.")
    @APIResponse(responseCode = "200", description = "The figures in report order (items only; nextCursor is null)")
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "Not staff",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such claim",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PageResponse<TimelineEntryResponse> timeline(@RestPath UUID id) {
        claims.find(id, true).orElseThrow(() -> new ClaimNotFoundException(id));
        var entries = matching.timeline(id).stream().map(TimelineEntryResponse::of).toList();
        return new PageResponse<>(entries, null, entries.size());
    }
}
