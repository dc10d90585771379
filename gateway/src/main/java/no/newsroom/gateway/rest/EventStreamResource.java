package no.newsroom.gateway.rest;

import io.smallrye.mutiny.Multi;
import io.vertx.core.http.HttpServerResponse;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import no.newsroom.gateway.client.ServiceUnavailableException;
import no.newsroom.gateway.openapi.EventDocs;
import no.newsroom.gateway.openapi.StreamResetDocs;
import no.newsroom.support.rest.Problem;
import no.newsroom.gateway.service.EventCursor;
import no.newsroom.gateway.service.EventRelay;
import no.newsroom.gateway.service.EventStreamSlots;
import no.newsroom.gateway.service.LiveEvent;
import no.newsroom.gateway.service.StreamEvent;
import no.newsroom.gateway.service.StreamReset;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestQuery;

import java.util.Arrays;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

@Path("/api/v1/events")
@Tag(name = "Events")
public class EventStreamResource {

    private final EventRelay relay;
    private final Callers callers;

    public EventStreamResource(EventRelay relay, Callers callers) {
        this.relay = relay;
        this.callers = callers;
    }

    @GET
    @PermitAll
    @SecurityRequirementsSet
    @SecurityRequirementsSet(@SecurityRequirement(name = ApiResponses.BEARER))
    @SecurityRequirementsSet(@SecurityRequirement(name = ApiResponses.OIDC))
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Operation(operationId = "streamEvents", summary = "Follow article and claim changes live",
            description = "Server-Sent Events named by type (claim.statusChanged, article.blockChanged, ...). "
                    + "Anonymous callers and readers get public events only (published articles, approved "
                    + "statuses); staff and services get everything. Reconnect with Last-Event-ID to resume where you left: "
                    + "events older than the gateway keeps in memory are paged from the services in order until "
                    + "the stream is caught up; if they cannot be delivered any more, a `reset` event (data: "
                    + "StreamReset) comes first. Defaults: a heartbeat comment every 15 s; 5 open "
                    + "streams per caller (the token's subject, or the address when anonymous) and 1,000 in all; a "
                    + "client more than 1,000 events behind the live edge is disconnected and reconnects with "
                    + "Last-Event-ID.")
    @APIResponse(responseCode = "200", description = "An endless event stream; each event's data is a LiveEvent, "
            + "except for the event named reset, whose data is a StreamReset",
            content = @Content(mediaType = MediaType.SERVER_SENT_EVENTS,
                    schema = @Schema(oneOf = {EventDocs.class, StreamResetDocs.class})))
    @APIResponse(responseCode = "400", ref = ApiResponses.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ApiResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "429", description = "The caller has the most streams open it may",
            headers = @Header(name = "Retry-After", description = "Seconds to wait",
                    schema = @Schema(type = SchemaType.INTEGER)),
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "tooManyStreams", value = """
                            {"type": "https://newsroom.example/problems/too-many-streams",
                             "title": "Too many event streams", "status": 429,
                             "detail": "The caller has the most event streams open it may; close one or retry later",
                             "instance": "/api/v1/events"}""")))
    @APIResponse(responseCode = "503", description = "The gateway serves the most streams it may, or has not read "
            + "the services' event feeds yet",
            headers = @Header(name = "Retry-After", description = "Seconds to wait",
                    schema = @Schema(type = SchemaType.INTEGER)),
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "streamsFull", value = """
                            {"type": "https://newsroom.example/problems/streams-full",
                             "title": "Event streams full", "status": 503,
                             "detail": "The gateway serves the most event streams it may; retry later",
                             "instance": "/api/v1/events"}""")))
    public Multi<OutboundSseEvent> stream(
            @RestHeader("Last-Event-ID") @Parameter(name = "Last-Event-ID", in = ParameterIn.HEADER,
                    description = "id of the last event received", schema = @Schema(type = SchemaType.STRING),
                    example = "a41.c17") String lastEventId,
            @RestQuery @Size(max = 500) @Parameter(description = "Comma-separated event types; 'claim.*' or "
                    + "'article.*' for a whole family", example = "claim.statusChanged,article.*") String types,
            @Context Sse sse, @Context ContainerRequestContext request,
            @Context HttpServerResponse connection) {
        EventStreamSlots.Slot slot = EventStreamAdmissionFilter.slotOf(request);
        if (!relay.isFollowing()) {
            throw new ServiceUnavailableException("the event relay", "the event feeds have not been read yet");
        }
        Predicate<LiveEvent> wanted = typeFilter(types);
        EventCursor from = EventCursor.parse(lastEventId).orElseGet(relay::head);
        return callers.current().onItem().transformToMulti(caller ->
                        relay.subscribe(from, () -> connection.reset())
                                .filter(event -> !(event instanceof LiveEvent live)
                                        || (caller.seesAllEvents() || live.visibleToPublic()) && wanted.test(live)))
                .map(event -> toSse(event, sse))
                .onTermination().invoke(slot::release);
    }

    /** HEAD of an endless stream would hold a stream slot for nothing: only GET opens one. */
    @HEAD
    @Operation(hidden = true)
    public void head() {
        throw new NotAllowedException(HttpMethod.GET);
    }

    private static OutboundSseEvent toSse(StreamEvent event, Sse sse) {
        if (event instanceof LiveEvent live) {
            return sse.newEventBuilder().id(live.id()).name(live.type()).mediaType(MediaType.APPLICATION_JSON_TYPE)
                    .data(live).build();
        }
        if (event instanceof StreamReset reset) {
            return sse.newEventBuilder().id(reset.resumeAt()).name(StreamReset.TYPE)
                    .mediaType(MediaType.APPLICATION_JSON_TYPE).data(reset).build();
        }
        return sse.newEventBuilder().comment("heartbeat").build();
    }

    private static Predicate<LiveEvent> typeFilter(String types) {
        if (types == null || types.isBlank()) {
            return event -> true;
        }
        Set<String> wanted = Arrays.stream(types.split(",")).map(String::trim).collect(Collectors.toSet());
        return event -> wanted.contains(event.type())
                || wanted.contains(event.type().substring(0, event.type().indexOf('.') + 1) + "*");
    }
}
