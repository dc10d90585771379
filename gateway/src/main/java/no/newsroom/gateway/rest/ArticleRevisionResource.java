package no.newsroom.gateway.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import no.newsroom.gateway.client.ArticlesClient;
import no.newsroom.gateway.openapi.ArticleDocs;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import java.util.UUID;

/** The saved revisions of an article and the changes between two of them. */
@Path("/api/v1/articles")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Articles")
public class ArticleRevisionResource {

    private final ArticlesClient articles;

    public ArticleRevisionResource(ArticlesClient articles) {
        this.articles = articles;
    }

    @GET
    @Path("/{id}/revisions")
    @PermitAll
    @SecurityRequirementsSet(@SecurityRequirement(name = ApiResponses.BEARER))
    @SecurityRequirementsSet(@SecurityRequirement(name = ApiResponses.OIDC))
    @Operation(operationId = "listArticleRevisions", summary = "List the revisions of an article",
            description = "Newest first: who saved what, when.")
    @APIResponse(responseCode = "200", description = "One page of revisions",
            content = @Content(schema = @Schema(implementation = ArticleDocs.RevisionPage.class)))
    @APIResponse(responseCode = "400", ref = ApiResponses.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ApiResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    @APIResponse(responseCode = "503", ref = ApiResponses.UNAVAILABLE)
    public Uni<Response> revisions(@RestPath UUID id,
                                   @RestQuery @Min(1) @Max(100) @Parameter(description = "Page size") Integer limit,
                                   @RestQuery @Size(max = 200) @Parameter(description = "nextCursor of the "
                                           + "previous page") String cursor) {
        return articles.revisions(id.toString(), limit, cursor).map(Passthrough::of);
    }

    @GET
    @Path("/{id}/revisions/{number}")
    @PermitAll
    @SecurityRequirementsSet(@SecurityRequirement(name = ApiResponses.BEARER))
    @SecurityRequirementsSet(@SecurityRequirement(name = ApiResponses.OIDC))
    @Operation(operationId = "getArticleRevision", summary = "Get one revision of an article",
            description = "The full content as saved.")
    @APIResponse(responseCode = "200", description = "The revision",
            content = @Content(schema = @Schema(implementation = ArticleDocs.Revision.class)))
    @APIResponse(responseCode = "401", ref = ApiResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    @APIResponse(responseCode = "503", ref = ApiResponses.UNAVAILABLE)
    public Uni<Response> revision(@RestPath UUID id, @RestPath @Min(1) int number) {
        return articles.revision(id.toString(), number).map(Passthrough::of);
    }

    @GET
    @Path("/{id}/revisions/{from}/diff/{to}")
    @PermitAll
    @SecurityRequirementsSet(@SecurityRequirement(name = ApiResponses.BEARER))
    @SecurityRequirementsSet(@SecurityRequirement(name = ApiResponses.OIDC))
    @Operation(operationId = "diffArticleRevisions", summary = "Compare two revisions",
            description = "Field and block changes from one revision to another.")
    @APIResponse(responseCode = "200", description = "The changes",
            content = @Content(schema = @Schema(implementation = ArticleDocs.RevisionDiff.class)))
    @APIResponse(responseCode = "401", ref = ApiResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    @APIResponse(responseCode = "503", ref = ApiResponses.UNAVAILABLE)
    public Uni<Response> diff(@RestPath UUID id, @RestPath @Min(1) int from, @RestPath @Min(1) int to) {
        return articles.diff(id.toString(), from, to).map(Passthrough::of);
    }
}
