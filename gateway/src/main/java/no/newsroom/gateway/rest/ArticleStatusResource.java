package no.newsroom.gateway.rest;

import no.newsroom.support.auth.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import no.newsroom.gateway.client.ArticlesClient;
import no.newsroom.gateway.client.ArticlesClient.StatusChange;
import no.newsroom.gateway.openapi.ArticleDocs;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;

import java.util.UUID;

/** The editorial status changes of an article: publish, unpublish, archive. */
@Path("/api/v1/articles")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Articles")
public class ArticleStatusResource {

    private final ArticlesClient articles;

    public ArticleStatusResource(ArticlesClient articles) {
        this.articles = articles;
    }

    @POST
    @Path("/{id}/publish")
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @SecurityRequirementsSet(@SecurityRequirement(name = ApiResponses.BEARER))
    @SecurityRequirementsSet(@SecurityRequirement(name = ApiResponses.OIDC))
    @Operation(operationId = "publishArticle", summary = "Publish an article",
            description = "Makes it visible to readers; the slug is fixed from now on.")
    @Parameter(name = "If-Match", in = ParameterIn.HEADER, required = true, description = "ETag of the version "
            + "being published", schema = @Schema(type = SchemaType.STRING), example = "\"3\"")
    @APIResponse(responseCode = "200", description = "Published",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = ArticleDocs.Article.class)))
    @APIResponse(responseCode = "401", ref = ApiResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiResponses.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiResponses.CONFLICT)
    @APIResponse(responseCode = "412", ref = ApiResponses.PRECONDITION_FAILED)
    @APIResponse(responseCode = "428", ref = ApiResponses.PRECONDITION_REQUIRED)
    @APIResponse(responseCode = "429", ref = ApiResponses.TOO_MANY_REQUESTS)
    @APIResponse(responseCode = "503", ref = ApiResponses.UNAVAILABLE)
    public Uni<Response> publish(@RestPath UUID id) {
        return articles.changeStatus(id.toString(), StatusChange.PUBLISH).map(Passthrough::of);
    }

    @POST
    @Path("/{id}/unpublish")
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @SecurityRequirementsSet(@SecurityRequirement(name = ApiResponses.BEARER))
    @SecurityRequirementsSet(@SecurityRequirement(name = ApiResponses.OIDC))
    @Operation(operationId = "unpublishArticle", summary = "Unpublish an article",
            description = "Back to DRAFT; readers no longer see it.")
    @Parameter(name = "If-Match", in = ParameterIn.HEADER, required = true, description = "ETag of the version "
            + "being unpublished", schema = @Schema(type = SchemaType.STRING), example = "\"4\"")
    @APIResponse(responseCode = "200", description = "Unpublished",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = ArticleDocs.Article.class)))
    @APIResponse(responseCode = "401", ref = ApiResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiResponses.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiResponses.CONFLICT)
    @APIResponse(responseCode = "412", ref = ApiResponses.PRECONDITION_FAILED)
    @APIResponse(responseCode = "428", ref = ApiResponses.PRECONDITION_REQUIRED)
    @APIResponse(responseCode = "429", ref = ApiResponses.TOO_MANY_REQUESTS)
    @APIResponse(responseCode = "503", ref = ApiResponses.UNAVAILABLE)
    public Uni<Response> unpublish(@RestPath UUID id) {
        return articles.changeStatus(id.toString(), StatusChange.UNPUBLISH).map(Passthrough::of);
    }

    @POST
    @Path("/{id}/archive")
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @SecurityRequirementsSet(@SecurityRequirement(name = ApiResponses.BEARER))
    @SecurityRequirementsSet(@SecurityRequirement(name = ApiResponses.OIDC))
    @Operation(operationId = "archiveArticle", summary = "Archive an article",
            description = "Kept and readable by staff, no longer listed for readers.")
    @Parameter(name = "If-Match", in = ParameterIn.HEADER, required = true, description = "ETag of the version "
            + "being archived", schema = @Schema(type = SchemaType.STRING), example = "\"4\"")
    @APIResponse(responseCode = "200", description = "Archived",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = ArticleDocs.Article.class)))
    @APIResponse(responseCode = "401", ref = ApiResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiResponses.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiResponses.CONFLICT)
    @APIResponse(responseCode = "412", ref = ApiResponses.PRECONDITION_FAILED)
    @APIResponse(responseCode = "428", ref = ApiResponses.PRECONDITION_REQUIRED)
    @APIResponse(responseCode = "429", ref = ApiResponses.TOO_MANY_REQUESTS)
    @APIResponse(responseCode = "503", ref = ApiResponses.UNAVAILABLE)
    public Uni<Response> archive(@RestPath UUID id) {
        return articles.changeStatus(id.toString(), StatusChange.ARCHIVE).map(Passthrough::of);
    }
}
