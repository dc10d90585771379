package no.newsroom.gateway.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import no.newsroom.gateway.client.ArticleListQuery;
import no.newsroom.gateway.client.ArticlesClient;
import no.newsroom.gateway.service.ArticleComposer;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

@Path("/api/v1/articles")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Articles", description = "News and live articles, optionally with the claims they report")
public class ArticleApiResource {

    private final ArticlesClient articles;
    private final ArticleComposer composer;

    public ArticleApiResource(ArticlesClient articles, ArticleComposer composer) {
        this.articles = articles;
        this.composer = composer;
    }

    @GET
    @PermitAll
    @Operation(summary = "List articles", description = "Newest update first, cursor-paged. "
            + "Anonymous callers and readers see published articles only.")
    @APIResponse(responseCode = "200", description = "One page: {items, nextCursor, total}")
    @APIResponse(responseCode = "400", description = "Invalid filter or cursor",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "articles-service unavailable",
            headers = @Header(name = "Retry-After", schema = @Schema(type = SchemaType.INTEGER)),
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> list(
            @RestQuery @Min(1) @Max(100) @Parameter(description = "Page size, 1-100 (default 20)") Integer limit,
            @RestQuery @Size(max = 200) @Parameter(description = "nextCursor of the previous page") String cursor,
            @RestQuery @Pattern(regexp = "DRAFT|PUBLISHED|ARCHIVED") String status,
            @RestQuery @Size(max = 35) String language,
            @RestQuery @Size(max = 100) String tag,
            @RestQuery @Parameter(description = "ISO-8601 instant") String updatedSince) {
        var query = new ArticleListQuery(limit, cursor, status, language, tag, updatedSince);
        return articles.list(query).map(Passthrough::of);
    }

    @GET
    @Path("/{idOrSlug}")
    @PermitAll
    @Operation(summary = "Get an article", description = "By id or slug. With include=claims each block carries "
            + "the claims anchored to it and their public status; if claims cannot be fetched the article is still "
            + "returned with claims.available = false.")
    @APIResponse(responseCode = "200", description = "The article")
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match")
    @APIResponse(responseCode = "404", description = "No such published article",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "articles-service unavailable",
            headers = @Header(name = "Retry-After", schema = @Schema(type = SchemaType.INTEGER)),
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> get(@RestPath @Size(max = 200) String idOrSlug,
                             @RestQuery @Pattern(regexp = "claims") @Parameter(description = "'claims' to attach "
                                     + "each block's claims") String include,
                             Request request) {
        if (include == null) {
            return articles.article(idOrSlug).map(Passthrough::of);
        }
        return composer.compose(idOrSlug).map(result -> {
            if (result.failure() != null) {
                return Passthrough.of(result.failure());
            }
            EntityTag tag = EntityTag.valueOf(result.article().etag());
            Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
            return notModified != null
                    ? notModified.tag(tag).build()
                    : Response.ok(result.article().body(), MediaType.APPLICATION_JSON).tag(tag).build();
        });
    }
}
