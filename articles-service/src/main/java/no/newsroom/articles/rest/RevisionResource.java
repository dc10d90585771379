package no.newsroom.articles.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import no.newsroom.articles.mapping.ArticleMapper;
import no.newsroom.support.paging.PageCursor;
import no.newsroom.articles.service.RevisionService;
import no.newsroom.support.auth.Roles;
import no.newsroom.support.rest.PageResponse;
import no.newsroom.support.rest.Problem;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import java.util.UUID;

@Path("/articles/{id}/revisions")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.EDITOR, Roles.VERIFIER, Roles.ADMIN})
@Tag(name = "Revisions", description = "Every saved state of an article: who, when, the full content, and diffs")
public class RevisionResource {

    private final RevisionService service;

    public RevisionResource(RevisionService service) {
        this.service = service;
    }

    @GET
    @Operation(summary = "List an article's revisions", description = "Oldest first, numbered from 1.")
    @APIResponse(responseCode = "200", description = "One page of revisions")
    @APIResponse(responseCode = "400", description = "Invalid limit or cursor",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid bearer token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not staff",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such article",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PageResponse<RevisionSummary> list(@RestPath UUID id,
                                              @RestQuery @DefaultValue("20") @Min(1) @Max(100) int limit,
                                              @RestQuery @Size(max = 200) String cursor) {
        PageCursor after = PageCursor.fromQuery(cursor);
        return PageResponse.of(service.list(id, after, limit), ArticleMapper::toSummary);
    }

    @GET
    @Path("/{number}")
    @Operation(summary = "Get one revision with its full content")
    @APIResponse(responseCode = "200", description = "The revision",
            content = @Content(schema = @Schema(implementation = RevisionResponse.class)))
    @APIResponse(responseCode = "401", description = "No valid bearer token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not staff",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such article or revision",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RevisionResponse get(@RestPath UUID id, @RestPath int number) {
        return ArticleMapper.toResponse(service.get(id, number));
    }

    @GET
    @Path("/{from}/diff/{to}")
    @Operation(summary = "Compare two revisions", description = "Field changes, and blocks added, removed, edited "
            + "or moved, by block id, with the text before and after.")
    @APIResponse(responseCode = "200", description = "The differences",
            content = @Content(schema = @Schema(implementation = RevisionDiffResponse.class)))
    @APIResponse(responseCode = "401", description = "No valid bearer token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not staff",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such article or revision",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RevisionDiffResponse diff(@RestPath UUID id, @RestPath int from, @RestPath int to) {
        return ArticleMapper.toResponse(from, to, service.diff(id, from, to));
    }
}
