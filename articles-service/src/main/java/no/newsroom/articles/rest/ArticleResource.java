package no.newsroom.articles.rest;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import no.newsroom.articles.domain.ArticleNotFoundException;
import no.newsroom.articles.mapping.ArticleMapper;
import no.newsroom.articles.model.Article;
import no.newsroom.articles.model.ArticleStatus;
import no.newsroom.articles.repository.ArticleFilter;
import no.newsroom.articles.repository.PageCursor;
import no.newsroom.articles.service.ArticleService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

@Path("/articles")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Articles", description = "News and live articles with their ordered content blocks")
public class ArticleResource {

    private final ArticleService service;
    private final SecurityIdentity identity;

    public ArticleResource(ArticleService service, SecurityIdentity identity) {
        this.service = service;
        this.identity = identity;
    }

    @GET
    @PermitAll
    @Operation(summary = "List articles", description = "Newest update first. Readers only see published articles.")
    @APIResponse(responseCode = "200", description = "One page of articles")
    @APIResponse(responseCode = "400", description = "Invalid filter or cursor",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PageResponse<ArticleSummary> list(
            @RestQuery @DefaultValue("20") @Min(1) @Max(100) int limit,
            @RestQuery @Size(max = 200) String cursor,
            @RestQuery ArticleStatus status,
            @RestQuery @Pattern(regexp = Languages.BCP47) String language,
            @RestQuery @Size(max = 100) String tag,
            @RestQuery @Parameter(description = "ISO-8601 instant, e.g. 2022-03-14T00:00:00Z") Instant updatedSince) {
        ArticleStatus visibleStatus = canSeeUnpublished() ? status : ArticleStatus.PUBLISHED;
        if (!canSeeUnpublished() && status != null && status != ArticleStatus.PUBLISHED) {
            return new PageResponse<>(List.of(), null, 0);
        }
        PageCursor after = cursor == null || cursor.isBlank() ? null : PageCursor.decode(cursor);
        var filter = new ArticleFilter(visibleStatus, language, tag, updatedSince);
        return PageResponse.of(service.list(filter, after, limit), ArticleMapper::toSummary);
    }

    @GET
    @Path("/{idOrSlug}")
    @PermitAll
    @Operation(summary = "Get an article with its blocks", description = "By id or slug; honours If-None-Match.")
    @APIResponse(responseCode = "200", description = "The article",
            content = @Content(schema = @Schema(implementation = ArticleResponse.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match")
    @APIResponse(responseCode = "404", description = "No such article, or not published",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response get(@RestPath String idOrSlug, Request request) {
        Article article = service.find(idOrSlug, canSeeUnpublished())
                .orElseThrow(() -> new ArticleNotFoundException(idOrSlug));
        EntityTag tag = EntityVersions.tagOf(article.version);
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        if (notModified != null) {
            return notModified.tag(tag).build();
        }
        return Response.ok(ArticleMapper.toResponse(article)).tag(tag).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @Operation(summary = "Create an article", description = "Creates a DRAFT; blocks get ids that stay stable.")
    @APIResponse(responseCode = "201", description = "Created; Location and ETag are set",
            content = @Content(schema = @Schema(implementation = ArticleResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid article",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "Not an editor")
    public Response create(@NotNull @Valid ArticleRequest request, UriInfo uriInfo) {
        return created(service.create(ArticleMapper.toDraft(request)), uriInfo);
    }

    @POST
    @Path("/import")
    @Consumes(MediaType.TEXT_PLAIN)
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @Operation(summary = "Import plain text as a new article",
            description = "Headings, paragraphs, 'Foto:' captions, 'Kilde:' source lines, quotes and video "
                    + "placeholders become typed blocks.")
    @APIResponse(responseCode = "201", description = "Imported as a DRAFT",
            content = @Content(schema = @Schema(implementation = ArticleResponse.class)))
    @APIResponse(responseCode = "400", description = "Missing title, language or text",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "Not an editor")
    public Response importText(
            @RestQuery @NotBlank @Size(max = 300) String title,
            @RestQuery @NotBlank @Pattern(regexp = Languages.BCP47) String language,
            @NotBlank @Schema(type = SchemaType.STRING, example = "Flyalarm i flere regioner\n\nNatt til mandag ...")
            String text,
            UriInfo uriInfo) {
        return created(service.importText(title.strip(), language, text), uriInfo);
    }

    @POST
    @Path("/{id}/publish")
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @Operation(summary = "Publish an article", description = "Requires If-Match; sets publishedAt on first publish.")
    @APIResponse(responseCode = "200", description = "Published",
            content = @Content(schema = @Schema(implementation = ArticleResponse.class)))
    @APIResponse(responseCode = "404", description = "No such article",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Already published",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match does not name the current version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match missing",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response publish(@RestPath UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        Article article = service.publish(id, EntityVersions.fromIfMatch(ifMatch));
        return Response.ok(ArticleMapper.toResponse(article)).tag(EntityVersions.tagOf(article.version)).build();
    }

    private boolean canSeeUnpublished() {
        return identity.hasRole(Roles.EDITOR) || identity.hasRole(Roles.ADMIN) || identity.hasRole(Roles.VERIFIER);
    }

    private static Response created(Article article, UriInfo uriInfo) {
        return Response.created(uriInfo.getBaseUriBuilder().path("articles").path(article.id.toString()).build())
                .tag(EntityVersions.tagOf(article.version))
                .entity(ArticleMapper.toResponse(article))
                .build();
    }
}
