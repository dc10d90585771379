package no.newsroom.claims.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.jboss.resteasy.reactive.RestQuery;

@RegisterRestClient(configKey = "articles")
@Path("/events")
@Produces(MediaType.APPLICATION_JSON)
interface ArticleEventsApi {

    @GET
    ArticleEventPage after(@RestQuery long after, @RestQuery int limit,
                           @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization);
}
