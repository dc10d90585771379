package no.newsroom.articles.rest;

import com.fasterxml.jackson.databind.JsonNode;
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
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import no.newsroom.articles.domain.ArticleNotFoundException;
import no.newsroom.articles.domain.InvalidContentException;
import no.newsroom.articles.mapping.ArticleMapper;
import no.newsroom.articles.mapping.ArticlePatcher;
import no.newsroom.articles.model.Article;
import no.newsroom.articles.model.ArticleStatus;
import no.newsroom.articles.model.Block;
import no.newsroom.articles.repository.ArticleFilter;
import no.newsroom.articles.repository.ArticleRepository;
import no.newsroom.articles.repository.ArticleSort;
import no.newsroom.articles.repository.ArticleVersion;
import no.newsroom.articles.service.ArticleRepresentation;
import no.newsroom.support.paging.PageCursor;
import no.newsroom.articles.service.ArticleService;
import no.newsroom.support.auth.Roles;
import no.newsroom.support.idempotency.Idempotent;
import no.newsroom.support.rest.EntityVersions;
import no.newsroom.support.rest.InvalidParameterException;
import no.newsroom.support.rest.MergePatch;
import no.newsroom.support.rest.PageResponse;
import no.newsroom.support.rest.Problem;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;

/**
 * The article endpoints. Each method parses, calls one {@link ArticleService} method and maps the answer; the class
 * is long because it carries this service's OpenAPI document (every response, with its problem, is annotated
 * here), not because it decides anything.
 */
@Path("/articles")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Articles", description = "News and live articles with their ordered content blocks")
public class ArticleResource {

    static final String STATUS_CONFLICT_EXAMPLE = """
            {"type": "https://newsroom.example/problems/invalid-status-change", "title": "Status change not allowed",
             "status": 409, "detail": "An article cannot go from ARCHIVED to PUBLISHED; allowed from ARCHIVED: none",
             "instance": "/articles/5b1f0c9e-2f7a-4a53-9a43-0d4f0c2b7e11/publish"}""";

    private final ArticleService service;
    private final ArticlePatcher patcher;
    private final SecurityIdentity identity;

    public ArticleResource(ArticleService service, ArticlePatcher patcher, SecurityIdentity identity) {
        this.service = service;
        this.patcher = patcher;
        this.identity = identity;
    }

    @GET
    @PermitAll
    @Operation(summary = "List or search articles", description = "Newest update first (sort=updatedAt), newest "
            + "publication first (sort=publishedAt, only articles published at least once), or with q best match "
            + "first (sort=relevance, the default with q), with a highlighted snippet. Best-match order ranks the "
            + ArticleRepository.RANKED_CANDIDATES + " newest matching articles, so that a search for a common word "
            + "stays fast; sort=updatedAt pages through every match. q matches words and their inflections in each "
            + "article's own language (norwegian for nb/nn/no, english for en, simple otherwise). Readers only see "
            + "published articles. `total` is exact up to " + ArticleRepository.EXACT_TOTAL_LIMIT + " matches ("
            + ArticleRepository.EXACT_SEARCH_TOTAL_LIMIT + " with q); above that it is PostgreSQL's planner "
            + "estimate (never below the exact limit), so that a total never costs more than a bounded index walk.")
    @APIResponse(responseCode = "200", description = "One page of articles")
    @APIResponse(responseCode = "400", description = "Invalid filter, sort or cursor",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PageResponse<ArticleSummary> list(
            @RestQuery @DefaultValue("20") @Min(1) @Max(100) int limit,
            @RestQuery @Size(max = 200) String cursor,
            @RestQuery ArticleStatus status,
            @RestQuery @Pattern(regexp = Languages.BCP47) String language,
            @RestQuery @Size(max = 100) String tag,
            @RestQuery @Size(max = 200) String author,
            @RestQuery @Size(max = 200) @Pattern(regexp = "(?s).*[\\p{L}\\p{N}].*", message = "must contain a word")
            @Parameter(description = "Full-text search", example = "evakuert") String q,
            @RestQuery @Parameter(description = "ISO-8601 instant, e.g. 2022-03-14T00:00:00Z") Instant updatedSince,
            @RestQuery @Pattern(regexp = "updatedAt|publishedAt|relevance",
                    message = "must be updatedAt, publishedAt or relevance")
            @Parameter(description = "updatedAt (default without q) or publishedAt, newest first; relevance "
                    + "(default with q, needs q) best match first among the " + ArticleRepository.RANKED_CANDIDATES
                    + " newest matches") String sort) {
        String query = q == null || q.isBlank() ? null : q;
        var filter = new ArticleFilter(status, language, tag, author, query, updatedSince);
        return PageResponse.of(service.list(filter, sortOf(sort, query), PageCursor.fromQuery(cursor), limit,
                Roles.isStaff(identity)), ArticleMapper::toSummary);
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
        boolean staff = Roles.isStaff(identity);
        ArticleVersion current = service.findVersion(idOrSlug, staff)
                .orElseThrow(() -> new ArticleNotFoundException(idOrSlug));
        EntityTag tag = EntityVersions.tagOf(current.version());
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        if (notModified != null) {
            return notModified.tag(tag).build();
        }
        ArticleRepresentation article = service.representation(current, staff)
                .orElseThrow(() -> new ArticleNotFoundException(idOrSlug));
        return Response.ok(article.json(), MediaType.APPLICATION_JSON_TYPE)
                .tag(EntityVersions.tagOf(article.version())).build();
    }

    @POST
    @Idempotent
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @Operation(summary = "Create an article", description = "Creates a DRAFT; blocks get ids that stay stable.")
    @APIResponse(responseCode = "201", description = "Created; Location and ETag are set",
            content = @Content(schema = @Schema(implementation = ArticleResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid article",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid bearer token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not an editor",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "Body larger than 2 MB",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "A block names an id (new articles have no blocks yet)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(@NotNull @Valid ArticleRequest request, UriInfo uriInfo) {
        return created(service.create(ArticleMapper.toDraft(request), actor()), uriInfo);
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @Operation(summary = "Replace an article's content", description = "Requires If-Match. Blocks with an id keep "
            + "it (their text may change), blocks without an id are new, blocks left out are removed, and the order "
            + "is the order sent. The slug follows the title until the article is first published.")
    @APIResponse(responseCode = "200", description = "Saved; ETag is the new version",
            content = @Content(schema = @Schema(implementation = ArticleResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid article",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid bearer token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not an editor",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such article",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The article is archived",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match does not name the current version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "Body larger than 2 MB",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "A block names an id the article does not have",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match missing",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response replace(@RestPath UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                            @NotNull @Valid ArticleRequest request) {
        long version = EntityVersions.fromIfMatch(ifMatch);
        return saved(service.update(id, version, ArticleMapper.toDraft(request), actor()));
    }

    @PATCH
    @Path("/{id}")
    @Consumes(MergePatch.MEDIA_TYPE)
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @Operation(summary = "Change some of an article's content (JSON Merge Patch)", description = "Requires If-Match. "
            + "RFC 7396 on the fields of ArticleRequest: fields sent replace the current ones, null removes an "
            + "optional field, arrays (blocks, tags, authors) are replaced whole, with the block rules of PUT.")
    @APIResponse(responseCode = "200", description = "Saved; ETag is the new version",
            content = @Content(schema = @Schema(implementation = ArticleResponse.class)))
    @APIResponse(responseCode = "400", description = "Unknown field, or the patched article is invalid",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid bearer token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not an editor",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such article",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The article is archived",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match does not name the current version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "Body larger than 2 MB",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "A block names an id the article does not have",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match missing",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response patch(@RestPath UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                          @NotNull @Schema(type = SchemaType.OBJECT, example = "{\"title\": \"Ny tittel\"}")
                          JsonNode patch) {
        JsonNode changes = MergePatch.requireObject(patch);
        long version = EntityVersions.fromIfMatch(ifMatch);
        return saved(service.edit(id, version, current -> patcher.apply(current, changes), actor()));
    }

    @POST
    @Idempotent
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
    @APIResponse(responseCode = "401", description = "No valid bearer token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not an editor",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "Body larger than 2 MB",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response importText(
            @RestQuery @NotBlank @Size(max = 300) String title,
            @RestQuery @NotBlank @Pattern(regexp = Languages.BCP47) String language,
            @NotBlank @Schema(type = SchemaType.STRING, example = "Flyalarm i flere regioner\n\nNatt til mandag ...")
            String text,
            UriInfo uriInfo) {
        return created(service.importText(title.strip(), language, text, actor()), uriInfo);
    }

    @POST
    @Path("/{id}/publish")
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @Operation(summary = "Publish an article", description = "From DRAFT; requires If-Match; sets publishedAt on the "
            + "first publication only, and fixes the slug from then on.")
    @APIResponse(responseCode = "200", description = "Published",
            content = @Content(schema = @Schema(implementation = ArticleResponse.class)))
    @APIResponse(responseCode = "401", description = "No valid bearer token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not an editor",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such article",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Not a draft; the problem names the allowed statuses",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "archived", value = STATUS_CONFLICT_EXAMPLE)))
    @APIResponse(responseCode = "412", description = "If-Match does not name the current version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match missing",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response publish(@RestPath UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return saved(service.publish(id, EntityVersions.fromIfMatch(ifMatch), actor()));
    }

    @POST
    @Path("/{id}/unpublish")
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @Operation(summary = "Unpublish an article", description = "From PUBLISHED back to DRAFT; requires If-Match. "
            + "The slug and publishedAt stay.")
    @APIResponse(responseCode = "200", description = "Back to DRAFT",
            content = @Content(schema = @Schema(implementation = ArticleResponse.class)))
    @APIResponse(responseCode = "401", description = "No valid bearer token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not an editor",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such article",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Not published; the problem names the allowed statuses",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match does not name the current version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match missing",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response unpublish(@RestPath UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return saved(service.unpublish(id, EntityVersions.fromIfMatch(ifMatch), actor()));
    }

    @POST
    @Path("/{id}/archive")
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @Operation(summary = "Archive an article", description = "From DRAFT or PUBLISHED; requires If-Match. Archived "
            + "articles are hidden from readers and can no longer change.")
    @APIResponse(responseCode = "200", description = "Archived",
            content = @Content(schema = @Schema(implementation = ArticleResponse.class)))
    @APIResponse(responseCode = "401", description = "No valid bearer token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not an editor",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such article",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Already archived",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match does not name the current version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match missing",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response archive(@RestPath UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return saved(service.archive(id, EntityVersions.fromIfMatch(ifMatch), actor()));
    }

    @POST
    @Idempotent
    @Path("/{id}/blocks")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @Operation(summary = "Post a live update", description = "Adds one new block, stamped with its own postedAt, at "
            + "the top (newest first live articles) or the bottom. Requires If-Match; the ETag of the response is "
            + "the article's new version and Location the article.")
    @APIResponse(responseCode = "201", description = "The new block",
            content = @Content(schema = @Schema(implementation = BlockResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid block or position",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid bearer token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not an editor",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such article",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The article is archived",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match does not name the current version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The block has an id, or the article is full",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match missing",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response postBlock(@RestPath UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                              @RestQuery @DefaultValue("top") @Pattern(regexp = "top|bottom",
                                      message = "must be top or bottom") String position,
                              @NotNull @Valid BlockRequest request, UriInfo uriInfo) {
        long version = EntityVersions.fromIfMatch(ifMatch);
        if (request.id() != null) {
            throw new InvalidContentException("id", "a live update is a new block; leave out id");
        }
        Block block = service.appendBlock(id, version, ArticleMapper.toContent(request),
                ArticleService.BlockPosition.valueOf(position.toUpperCase(Locale.ROOT)), actor());
        return Response.created(uriInfo.getBaseUriBuilder().path("articles").path(id.toString()).build())
                .tag(EntityVersions.tagOf(block.article.version))
                .entity(ArticleMapper.toResponse(block))
                .build();
    }

    private String actor() {
        return identity.getPrincipal().getName();
    }

    private static ArticleSort sortOf(String sort, String query) {
        if (sort == null) {
            return query != null ? ArticleSort.RELEVANCE : ArticleSort.UPDATED_AT;
        }
        ArticleSort chosen = Arrays.stream(ArticleSort.values()).filter(value -> value.label().equals(sort))
                .findFirst().orElseThrow();
        if (chosen == ArticleSort.RELEVANCE && query == null) {
            throw new InvalidParameterException("sort", "relevance needs a search (q)");
        }
        return chosen;
    }

    private static Response saved(Article article) {
        return Response.ok(ArticleMapper.toResponse(article)).tag(EntityVersions.tagOf(article.version)).build();
    }

    private static Response created(Article article, UriInfo uriInfo) {
        return Response.created(uriInfo.getBaseUriBuilder().path("articles").path(article.id.toString()).build())
                .tag(EntityVersions.tagOf(article.version))
                .entity(ArticleMapper.toResponse(article))
                .build();
    }
}
