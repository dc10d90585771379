package no.newsroom.gateway.client;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * articles-service's internal API; responses pass through unchanged, errors included. The caller's
 * Authorization, If-Match, If-None-Match and Idempotency-Key headers are propagated (see
 * application.properties).
 */
@RegisterRestClient(configKey = "articles")
@RegisterClientHeaders(PropagatedHeaders.class)
@Path("/articles")
interface ArticlesApi {

    String MERGE_PATCH = "application/merge-patch+json";

    @GET
    Uni<Response> list(@QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor,
                       @QueryParam("status") String status, @QueryParam("language") String language,
                       @QueryParam("tag") String tag, @QueryParam("author") String author,
                       @QueryParam("q") String q, @QueryParam("updatedSince") String updatedSince,
                       @QueryParam("sort") String sort);

    /** {@code ifNoneMatch} null leaves the caller's own If-None-Match, if any, to be propagated. */
    @GET
    @Path("/{idOrSlug}")
    Uni<Response> get(@PathParam("idOrSlug") String idOrSlug,
                      @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch);

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    Uni<Response> create(String article);

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    Uni<Response> replace(@PathParam("id") String id, String article);

    @PATCH
    @Path("/{id}")
    @Consumes(MERGE_PATCH)
    Uni<Response> patch(@PathParam("id") String id, String patch);

    /** {@code action} is one of publish, unpublish, archive. */
    @POST
    @Path("/{id}/{action}")
    Uni<Response> changeStatus(@PathParam("id") String id, @PathParam("action") String action);

    @POST
    @Path("/import")
    @Consumes(MediaType.TEXT_PLAIN)
    Uni<Response> importText(@QueryParam("language") String language, @QueryParam("title") String title,
                             String text);

    @POST
    @Path("/{id}/blocks")
    @Consumes(MediaType.APPLICATION_JSON)
    Uni<Response> addBlock(@PathParam("id") String id, @QueryParam("position") String position, String block);

    @GET
    @Path("/{id}/revisions")
    Uni<Response> revisions(@PathParam("id") String id, @QueryParam("limit") Integer limit,
                            @QueryParam("cursor") String cursor);

    @GET
    @Path("/{id}/revisions/{number}")
    Uni<Response> revision(@PathParam("id") String id, @PathParam("number") int number);

    @GET
    @Path("/{id}/revisions/{from}/diff/{to}")
    Uni<Response> diff(@PathParam("id") String id, @PathParam("from") int from, @PathParam("to") int to);
}
