package no.newsroom.gateway.rest;

import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.Response;
import no.newsroom.gateway.service.EventStreamSlots;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Caps open event streams before one starts: once a stream's headers are sent its status cannot change. A caller
 * is the token's subject or else the remote address. The stream gives its slot back when it ends; a request that
 * ends without a stream (an error) gives it back here.
 */
public class EventStreamAdmissionFilter {

    private static final String EVENTS_PATH = ResponseHeaders.API_PREFIX + "/events";
    private static final String SLOT = EventStreamSlots.Slot.class.getName();

    private final EventStreamSlots slots;
    private final Callers callers;

    EventStreamAdmissionFilter(EventStreamSlots slots, Callers callers) {
        this.slots = slots;
        this.callers = callers;
    }

    /** The slot this request's stream holds. */
    static EventStreamSlots.Slot slotOf(ContainerRequestContext request) {
        return (EventStreamSlots.Slot) request.getProperty(SLOT);
    }

    @ServerRequestFilter
    public Uni<Response> admitStream(ContainerRequestContext request, HttpServerRequest connection) {
        if (!HttpMethod.GET.equals(request.getMethod()) || !EVENTS_PATH.equals(request.getUriInfo().getPath())) {
            return Uni.createFrom().nullItem();
        }
        return callers.current().map(caller -> {
            String client = caller.anonymous() ? "ip:" + connection.remoteAddress().host() : "sub:" + caller.subject();
            request.setProperty(SLOT, slots.take(client));
            return null;
        });
    }

    @ServerResponseFilter
    public void releaseUnlessStreaming(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getStatus() != Response.Status.OK.getStatusCode() && slotOf(request) != null) {
            slotOf(request).release();
        }
    }
}
