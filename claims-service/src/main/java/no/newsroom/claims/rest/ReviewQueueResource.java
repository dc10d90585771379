package no.newsroom.claims.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import no.newsroom.claims.model.Claim;
import no.newsroom.support.paging.Page;
import no.newsroom.support.paging.PageCursor;
import no.newsroom.claims.repository.ReviewQueueFilter;
import no.newsroom.claims.service.ClaimService;
import no.newsroom.claims.service.KeptClaimPages;
import no.newsroom.support.auth.Roles;
import no.newsroom.support.rest.Problem;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestQuery;

import java.util.UUID;

@Path("/review-queue")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Review queue", description = "What the verification desk should look at next")
public class ReviewQueueResource {

    private final ClaimService service;
    private final ClaimViews views;
    private final KeptClaimPages keptPages;

    public ReviewQueueResource(ClaimService service, ClaimViews views, KeptClaimPages keptPages) {
        this.service = service;
        this.views = views;
        this.keptPages = keptPages;
    }

    @GET
    @RolesAllowed({Roles.EDITOR, Roles.VERIFIER, Roles.ADMIN})
    @Operation(summary = "The review queue", description = "Unverified claims oldest first, then claims whose "
            + "recheckBy has passed, most overdue first. Withdrawn claims are left out. Keyset-paged. conflicts "
            + "counts the claims with an unresolved CONFLICT match (list them with /claims?conflict=true).")
    @APIResponse(responseCode = "200", description = "One page of the queue",
            content = @Content(schema = @Schema(implementation = ReviewQueueResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid filter or cursor",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "Not staff",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response queue(
            @RestQuery @DefaultValue("20") @Min(1) @Max(100) int limit,
            @RestQuery @Size(max = 200) String cursor,
            @RestQuery UUID articleId,
            @RestQuery @Pattern(regexp = Languages.BCP47, message = "must be a BCP 47 language tag such as nb or en")
            String language,
            @RestQuery @Size(max = 200) String assignee) {
        PageCursor after = PageCursor.fromQuery(cursor);
        var filter = new ReviewQueueFilter(articleId, language, assignee == null || assignee.isBlank() ? null
                : assignee.strip());
        byte[] page = keptPages.of(filter, cursor, limit, views.viewer(), true, () -> {
            Page<Claim> claims = service.reviewQueue(filter, after, limit);
            var newer = service.newerFigures(claims.items(), true);
            return ReviewQueueResponse.of(claims, claim -> views.forStaff(claim, newer), service.countOpenConflicts());
        });
        return Response.ok(page, MediaType.APPLICATION_JSON_TYPE).build();
    }
}
