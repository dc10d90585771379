package no.newsroom.gateway.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import no.newsroom.gateway.client.ArticleListQuery;
import no.newsroom.gateway.client.ArticlesClient;
import no.newsroom.gateway.openapi.ArticleDocs;
import no.newsroom.gateway.openapi.ClaimDocs;
import no.newsroom.gateway.openapi.Examples;
import no.newsroom.gateway.service.ArticleReads;
import no.newsroom.gateway.service.ClaimExtraction;
import no.newsroom.support.auth.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import java.util.UUID;

@Path("/api/v1/articles")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Articles")
public class ArticleApiResource {

    static final String MERGE_PATCH = "application/merge-patch+json";

    private final ArticlesClient articles;
    private final ArticleReads reads;
    private final ClaimExtraction extraction;
    private final Callers callers;

    public ArticleApiResource(ArticlesClient articles, ArticleReads reads, ClaimExtraction extraction,
                              Callers callers) {
        this.articles = articles;
        this.reads = reads;
        this.extraction = extraction;
        this.callers = callers;
    }

    @GET
    @PermitAll
    @SecurityRequirementsSet
    @SecurityRequirementsSet(@SecurityRequirement(name = ApiResponses.BEARER))
    @SecurityRequirementsSet(@SecurityRequirement(name = ApiResponses.OIDC))
    @Operation(operationId = "listArticles", summary = "List articles", description = "Newest update first, "
            + "cursor-paged; with q best match first, each item with a highlighted snippet (`<mark>`) and its rank. "
            + "q matches words and their inflections in each article's own language. Anonymous callers and readers "
            + "see published articles only. `total` is exact up to 1,000 (100 with q) and an estimate above that.")
    @APIResponse(responseCode = "200", description = "One page",
            content = @Content(schema = @Schema(implementation = ArticleDocs.ArticlePage.class)))
    @APIResponse(responseCode = "400", ref = ApiResponses.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ApiResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "503", ref = ApiResponses.UNAVAILABLE)
    public Uni<Response> list(
            @RestQuery @Min(1) @Max(100) @Parameter(description = "Page size, 1-100 (default 20)") Integer limit,
            @RestQuery @Size(max = 200) @Parameter(description = "nextCursor of the previous page") String cursor,
            @RestQuery @Pattern(regexp = "DRAFT|PUBLISHED|ARCHIVED") @Parameter(description = "Staff only for "
                    + "DRAFT and ARCHIVED") String status,
            @RestQuery @Size(max = 35) @Parameter(description = "BCP 47 tag", example = "nb") String language,
            @RestQuery @Size(max = 100) @Parameter(example = "kyiv") String tag,
            @RestQuery @Size(max = 100) @Parameter(description = "Author user name", example = "kari") String author,
            @RestQuery @Size(max = 200) @Parameter(description = "Full-text search", example = "Klitschko") String q,
            @RestQuery @Parameter(description = "ISO-8601 instant", example = Examples.TIMESTAMP) String updatedSince,
            @RestQuery @Pattern(regexp = "updatedAt|publishedAt|relevance", message = "must be updatedAt, "
                    + "publishedAt or relevance") @Parameter(description = "updatedAt (the default without q) or "
                    + "publishedAt, newest first; relevance (the default with q, needs q) best match first: "
                    + "every match is ranked when there are up to 100, otherwise the 100 newest",
                    example = "updatedAt") String sort) {
        var query = new ArticleListQuery(limit, cursor, status, language, tag, author, q, updatedSince, sort);
        return articles.list(query).map(Passthrough::of);
    }

    @GET
    @Path("/{id}")
    @PermitAll
    @SecurityRequirementsSet
    @SecurityRequirementsSet(@SecurityRequirement(name = ApiResponses.BEARER))
    @SecurityRequirementsSet(@SecurityRequirement(name = ApiResponses.OIDC))
    @Operation(operationId = "getArticle", summary = "Get an article", description = "By id or slug. With "
            + "include=claims each block carries the claims anchored to it with their public status (staff also "
            + "see proposed verdicts); if claims cannot be fetched the article is still returned with "
            + "claims.available = false. The ETag changes when the article or any shown claim changes.")
    @APIResponse(responseCode = "200", description = "The article",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = ArticleDocs.Article.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match")
    @APIResponse(responseCode = "400", ref = ApiResponses.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ApiResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    @APIResponse(responseCode = "503", ref = ApiResponses.UNAVAILABLE)
    public Uni<Response> get(
            @RestPath("id") @Size(max = 200) @Parameter(description = "Id or slug", example = Examples.SLUG)
            String idOrSlug,
            @RestQuery @Pattern(regexp = "claims") @Parameter(description = "'claims' to attach each block's claims",
                    example = "claims") String include,
            Request request) {
        return callers.current()
                .flatMap(caller -> reads.article(idOrSlug, include != null, caller.staff() ? caller.subject() : null))
                .map(answer -> Passthrough.conditional(answer, request));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @SecurityRequirementsSet(@SecurityRequirement(name = ApiResponses.BEARER))
    @SecurityRequirementsSet(@SecurityRequirement(name = ApiResponses.OIDC))
    @Operation(operationId = "createArticle", summary = "Create an article", description = "As a DRAFT; "
            + "block ids are assigned and kept across later edits.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ArticleDocs.ArticleDraft.class),
            examples = @ExampleObject(name = "kyiv", value = Examples.ARTICLE_DRAFT)))
    @Parameter(ref = ApiResponses.IDEMPOTENCY_KEY)
    @APIResponse(responseCode = "201", description = "Created",
            headers = {@Header(name = "Location", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING))},
            content = @Content(schema = @Schema(implementation = ArticleDocs.Article.class)))
    @APIResponse(responseCode = "400", ref = ApiResponses.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ApiResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiResponses.FORBIDDEN)
    @APIResponse(responseCode = "409", ref = ApiResponses.IDEMPOTENCY_KEY_IN_USE)
    @APIResponse(responseCode = "422", ref = ApiResponses.IDEMPOTENCY_KEY_REUSED)
    @APIResponse(responseCode = "429", ref = ApiResponses.TOO_MANY_REQUESTS)
    @APIResponse(responseCode = "503", ref = ApiResponses.UNAVAILABLE)
    public Uni<Response> create(String article) {
        return articles.create(article).map(Passthrough::of);
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @SecurityRequirementsSet(@SecurityRequirement(name = ApiResponses.BEARER))
    @SecurityRequirementsSet(@SecurityRequirement(name = ApiResponses.OIDC))
    @Operation(operationId = "replaceArticle", summary = "Replace an article", description = "Blocks sent with "
            + "their id keep it; a revision is saved.")
    @Parameter(name = "If-Match", in = ParameterIn.HEADER, required = true, description = "ETag of the version "
            + "being replaced", schema = @Schema(type = SchemaType.STRING), example = "\"3\"")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ArticleDocs.ArticleDraft.class),
            examples = @ExampleObject(name = "kyiv", value = Examples.ARTICLE_DRAFT)))
    @APIResponse(responseCode = "200", description = "Replaced",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = ArticleDocs.Article.class)))
    @APIResponse(responseCode = "400", ref = ApiResponses.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ApiResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiResponses.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    @APIResponse(responseCode = "412", ref = ApiResponses.PRECONDITION_FAILED)
    @APIResponse(responseCode = "428", ref = ApiResponses.PRECONDITION_REQUIRED)
    @APIResponse(responseCode = "429", ref = ApiResponses.TOO_MANY_REQUESTS)
    @APIResponse(responseCode = "503", ref = ApiResponses.UNAVAILABLE)
    public Uni<Response> replace(@RestPath UUID id, String article) {
        return articles.replace(id.toString(), article).map(Passthrough::of);
    }

    @PATCH
    @Path("/{id}")
    @Consumes(MERGE_PATCH)
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @SecurityRequirementsSet(@SecurityRequirement(name = ApiResponses.BEARER))
    @SecurityRequirementsSet(@SecurityRequirement(name = ApiResponses.OIDC))
    @Operation(operationId = "patchArticle", summary = "Change some fields of an article",
            description = "JSON merge patch; a revision is saved.")
    @Parameter(name = "If-Match", in = ParameterIn.HEADER, required = true, description = "ETag of the version "
            + "being changed", schema = @Schema(type = SchemaType.STRING), example = "\"3\"")
    @RequestBody(required = true, content = @Content(mediaType = MERGE_PATCH,
            schema = @Schema(implementation = ArticleDocs.ArticlePatch.class),
            examples = @ExampleObject(name = "tags", value = Examples.ARTICLE_PATCH)))
    @APIResponse(responseCode = "200", description = "Changed",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = ArticleDocs.Article.class)))
    @APIResponse(responseCode = "400", ref = ApiResponses.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ApiResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiResponses.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    @APIResponse(responseCode = "412", ref = ApiResponses.PRECONDITION_FAILED)
    @APIResponse(responseCode = "428", ref = ApiResponses.PRECONDITION_REQUIRED)
    @APIResponse(responseCode = "429", ref = ApiResponses.TOO_MANY_REQUESTS)
    @APIResponse(responseCode = "503", ref = ApiResponses.UNAVAILABLE)
    public Uni<Response> patch(@RestPath UUID id, String patch) {
        return articles.patch(id.toString(), patch).map(Passthrough::of);
    }

    @POST
    @Path("/import")
    @Consumes(MediaType.TEXT_PLAIN)
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @SecurityRequirementsSet(@SecurityRequirement(name = ApiResponses.BEARER))
    @SecurityRequirementsSet(@SecurityRequirement(name = ApiResponses.OIDC))
    @Operation(operationId = "importArticle", summary = "Import an article from plain text",
            description = "Headings, paragraphs, 'Foto: X' credits, 'Kilde: X' sources and quotes starting with "
                    + "– or « become blocks of a new DRAFT.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.TEXT_PLAIN,
            schema = @Schema(type = SchemaType.STRING),
            examples = @ExampleObject(name = "kyiv", value = Examples.IMPORT_TEXT)))
    @Parameter(ref = ApiResponses.IDEMPOTENCY_KEY)
    @APIResponse(responseCode = "201", description = "Imported",
            headers = {@Header(name = "Location", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING))},
            content = @Content(schema = @Schema(implementation = ArticleDocs.Article.class)))
    @APIResponse(responseCode = "400", ref = ApiResponses.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ApiResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiResponses.FORBIDDEN)
    @APIResponse(responseCode = "409", ref = ApiResponses.IDEMPOTENCY_KEY_IN_USE)
    @APIResponse(responseCode = "422", ref = ApiResponses.IDEMPOTENCY_KEY_REUSED)
    @APIResponse(responseCode = "429", ref = ApiResponses.TOO_MANY_REQUESTS)
    @APIResponse(responseCode = "503", ref = ApiResponses.UNAVAILABLE)
    public Uni<Response> importText(
            @RestQuery @Size(max = 35) @Parameter(required = true, example = "nb") String language,
            @RestQuery @Size(max = 300) @Parameter(required = true, example = Examples.TITLE) String title,
            String text) {
        return articles.importText(language, title, text).map(Passthrough::of);
    }

    @POST
    @Path("/{id}/blocks")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @SecurityRequirementsSet(@SecurityRequirement(name = ApiResponses.BEARER))
    @SecurityRequirementsSet(@SecurityRequirement(name = ApiResponses.OIDC))
    @Operation(operationId = "addArticleBlock", summary = "Post a live update",
            description = "Adds a block at the top or bottom of a live article.")
    @Parameter(name = "If-Match", in = ParameterIn.HEADER, required = true, description = "ETag of the article",
            schema = @Schema(type = SchemaType.STRING), example = "\"4\"")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ArticleDocs.BlockDraft.class),
            examples = @ExampleObject(name = "update", value = Examples.BLOCK_DRAFT)))
    @Parameter(ref = ApiResponses.IDEMPOTENCY_KEY)
    @APIResponse(responseCode = "201", description = "Added; the body is the new block, Location names the article "
            + "and ETag is the article's new version",
            headers = {@Header(name = "Location", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING))},
            content = @Content(schema = @Schema(implementation = ArticleDocs.Block.class)))
    @APIResponse(responseCode = "400", ref = ApiResponses.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ApiResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiResponses.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    @APIResponse(responseCode = "412", ref = ApiResponses.PRECONDITION_FAILED)
    @APIResponse(responseCode = "428", ref = ApiResponses.PRECONDITION_REQUIRED)
    @APIResponse(responseCode = "409", ref = ApiResponses.IDEMPOTENCY_KEY_IN_USE)
    @APIResponse(responseCode = "422", ref = ApiResponses.IDEMPOTENCY_KEY_REUSED)
    @APIResponse(responseCode = "429", ref = ApiResponses.TOO_MANY_REQUESTS)
    @APIResponse(responseCode = "503", ref = ApiResponses.UNAVAILABLE)
    public Uni<Response> addBlock(@RestPath UUID id,
                                  @RestQuery @Pattern(regexp = "top|bottom") @Parameter(description = "Where the "
                                          + "update goes (default top)", example = "top") String position,
                                  String block) {
        return articles.addBlock(id.toString(), position, block).map(Passthrough::of);
    }

    @POST
    @Path("/{id}/claims:extract")
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @SecurityRequirementsSet(@SecurityRequirement(name = ApiResponses.BEARER))
    @SecurityRequirementsSet(@SecurityRequirement(name = ApiResponses.OIDC))
    @Operation(operationId = "extractArticleClaims", summary = "Store the claims an article reports",
            description = "Finds claims in the article's blocks and stores them as UNVERIFIED claims anchored to "
                    + "their blocks. Idempotent: claims already stored are not stored again.")
    @APIResponse(responseCode = "200", description = "The article's extracted claims",
            content = @Content(schema = @Schema(implementation = ClaimDocs.ArticleExtraction.class)))
    @APIResponse(responseCode = "401", ref = ApiResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiResponses.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    @APIResponse(responseCode = "422", ref = ApiResponses.UNPROCESSABLE)
    @APIResponse(responseCode = "429", ref = ApiResponses.TOO_MANY_REQUESTS)
    @APIResponse(responseCode = "503", ref = ApiResponses.UNAVAILABLE)
    public Uni<Response> extractClaims(@RestPath UUID id) {
        return extraction.extract(id.toString()).map(Passthrough::of);
    }
}
