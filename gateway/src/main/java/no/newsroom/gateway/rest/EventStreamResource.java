package no.newsroom.gateway.rest;

import io.smallrye.mutiny.Multi;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import no.newsroom.gateway.openapi.EventDocs;
import no.newsroom.gateway.service.EventCursor;
import no.newsroom.gateway.service.EventRelay;
import no.newsroom.gateway.service.LiveEvent;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
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
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Operation(operationId = "streamEvents", summary = "Follow article and claim changes live",
            description = "Server-Sent Events named by type (claim.statusChanged, article.blockChanged, ...). "
                    + "Anonymous callers and readers get public events only (published articles, approved "
                    + "statuses); staff and services get everything. Reconnect with Last-Event-ID to resume where you left.")
    @APIResponse(responseCode = "200", description = "An endless event stream; each event's data is a LiveEvent",
            content = @Content(mediaType = MediaType.SERVER_SENT_EVENTS,
                    schema = @Schema(implementation = EventDocs.class)))
    @APIResponse(responseCode = "400", ref = ApiResponses.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ApiResponses.UNAUTHORIZED)
    public Multi<OutboundSseEvent> stream(
            @RestHeader("Last-Event-ID") @Parameter(name = "Last-Event-ID", in = ParameterIn.HEADER,
                    description = "id of the last event received", schema = @Schema(type = SchemaType.STRING),
                    example = "a41.c17") String lastEventId,
            @RestQuery @Size(max = 500) @Parameter(description = "Comma-separated event types; 'claim.*' or "
                    + "'article.*' for a whole family", example = "claim.statusChanged,article.*") String types,
            @Context Sse sse) {
        Predicate<LiveEvent> wanted = typeFilter(types);
        return callers.current().onItem().transformToMulti(caller -> {
            EventCursor from = EventCursor.parse(lastEventId).orElseGet(relay::head);
            return relay.subscribe(from)
                    .filter(event -> caller.seesAllEvents() || event.visibleToPublic())
                    .filter(wanted);
        }).map(event -> sse.newEventBuilder()
                .id(event.id())
                .name(event.type())
                .mediaType(MediaType.APPLICATION_JSON_TYPE)
                .data(event)
                .build());
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
