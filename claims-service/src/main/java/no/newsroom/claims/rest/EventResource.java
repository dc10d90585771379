package no.newsroom.claims.rest;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import no.newsroom.claims.mapping.AuditMapper;
import no.newsroom.claims.service.ClaimEventOutbox;
import no.newsroom.support.auth.Roles;
import no.newsroom.support.rest.PageResponse;
import no.newsroom.support.rest.Problem;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestQuery;

@Path("/events")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Events", description = "Feed of claim changes for the gateway's live stream")
public class EventResource {

    private final ClaimEventOutbox outbox;
    private final SecurityIdentity identity;

    public EventResource(ClaimEventOutbox outbox, SecurityIdentity identity) {
        this.outbox = outbox;
        this.identity = identity;
    }

    @GET
    @PermitAll
    @Operation(summary = "Claim events after a given id", description = "Oldest first. Anonymous callers and readers "
            + "get public events only (creation, approved and public status changes); staff and services get all. "
            + "Poll again with after = the last id seen; total is the number of items in this response.")
    @APIResponse(responseCode = "200", description = "Events with an id above after")
    @APIResponse(responseCode = "400", description = "Invalid after or limit",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PageResponse<EventResponse> after(@RestQuery @DefaultValue("0") @Min(0) long after,
                                             @RestQuery @DefaultValue("100") @Min(1) @Max(500) int limit) {
        boolean publicOnly = !Roles.isStaff(identity) && !identity.hasRole(Roles.SERVICE);
        var events = outbox.after(after, limit, publicOnly);
        return new PageResponse<>(events.stream().map(AuditMapper::toResponse).toList(), null, events.size());
    }
}
