package no.newsroom.gateway.client;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** claims-service's internal API; responses pass through unchanged, errors included. */
@RegisterRestClient(configKey = "claims")
@RegisterClientHeaders
@Path("/claims")
interface ClaimsApi {

    @GET
    @Path("/{id}")
    Uni<Response> get(@PathParam("id") String id);

    @GET
    @Path("/by-article/{articleId}")
    Uni<Response> byArticle(@PathParam("articleId") String articleId);
}
