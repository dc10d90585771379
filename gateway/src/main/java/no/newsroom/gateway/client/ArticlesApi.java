package no.newsroom.gateway.client;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** articles-service's internal API; responses pass through unchanged, errors included. */
@RegisterRestClient(configKey = "articles")
@RegisterClientHeaders
@Path("/articles")
interface ArticlesApi {

    @GET
    Uni<Response> list(@QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor,
                       @QueryParam("status") String status, @QueryParam("language") String language,
                       @QueryParam("tag") String tag, @QueryParam("updatedSince") String updatedSince);

    @GET
    @Path("/{idOrSlug}")
    Uni<Response> get(@PathParam("idOrSlug") String idOrSlug);
}
