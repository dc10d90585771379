package no.newsroom.gateway.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import no.newsroom.support.rest.Problem;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import java.io.IOException;

/**
 * Problems the services answer are passed on as they are, except for {@code instance}: the services name their
 * internal path there, and a client should see the request it sent.
 */
public class DownstreamProblems {

    private final ObjectMapper json;

    DownstreamProblems(ObjectMapper json) {
        this.json = json;
    }

    @ServerResponseFilter
    public void pointInstanceAtTheApi(ContainerRequestContext request, ContainerResponseContext response) {
        if (!(response.getEntity() instanceof byte[] body) || response.getMediaType() == null
                || !Problem.MEDIA_TYPE.equals(response.getMediaType().getType() + "/"
                        + response.getMediaType().getSubtype())) {
            return;
        }
        try {
            JsonNode problem = json.readTree(body);
            if (problem instanceof ObjectNode fields && fields.has("instance")) {
                fields.put("instance", request.getUriInfo().getRequestUri().getRawPath());
                response.setEntity(json.writeValueAsBytes(fields), null, response.getMediaType());
            }
        } catch (IOException notJson) {
            // Not a problem document after all; it goes out unchanged.
        }
    }
}
