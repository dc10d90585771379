package no.newsroom.gateway.client;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/**
 * The outbox feed both services offer. Deliberately without client header propagation: the gateway reads the
 * feeds for everyone with its own credentials and filters per subscriber.
 */
@Path("/events")
interface EventFeedApi {

    @GET
    Uni<Response> after(@QueryParam("after") long after, @QueryParam("limit") int limit,
                        @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization);
}
