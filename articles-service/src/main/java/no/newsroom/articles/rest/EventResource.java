package no.newsroom.articles.rest;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import no.newsroom.articles.mapping.ArticleMapper;
import no.newsroom.articles.service.EventService;
import no.newsroom.support.auth.Roles;
import no.newsroom.support.rest.PageResponse;
import no.newsroom.support.rest.Problem;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestQuery;

import java.util.List;

@Path("/events")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Events", description = "The outbox of article changes, for polling consumers")
public class EventResource {

    private final EventService service;
    private final SecurityIdentity identity;

    public EventResource(EventService service, SecurityIdentity identity) {
        this.service = service;
        this.identity = identity;
    }

    @GET
    @PermitAll
    @Operation(summary = "Article changes after an event id", description = "In id order; pass the id of the last "
            + "item as `after` to continue (nextCursor is always null, total is the number of items). Readers and "
            + "anonymous callers get only public events (changes of published articles); staff and services get all.")
    @APIResponse(responseCode = "200", description = "Events after the given id")
    @APIResponse(responseCode = "400", description = "Invalid after or limit",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PageResponse<EventResponse> after(@RestQuery @DefaultValue("0") @Min(0) long after,
                                             @RestQuery @DefaultValue("100") @Min(1) @Max(500) int limit) {
        boolean allEvents = identity.hasRole(Roles.EDITOR) || identity.hasRole(Roles.VERIFIER)
                || identity.hasRole(Roles.ADMIN) || identity.hasRole(Roles.SERVICE);
        List<EventResponse> items = service.after(after, limit, allEvents).stream().map(ArticleMapper::toResponse)
                .toList();
        return new PageResponse<>(items, null, items.size());
    }
}
