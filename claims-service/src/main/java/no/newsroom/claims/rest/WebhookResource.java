package no.newsroom.claims.rest;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import no.newsroom.claims.mapping.WebhookMapper;
import no.newsroom.claims.model.WebhookSubscription;
import no.newsroom.support.paging.PageCursor;
import no.newsroom.claims.service.WebhookService;
import no.newsroom.support.auth.Roles;
import no.newsroom.support.idempotency.Idempotent;
import no.newsroom.support.rest.EntityVersions;
import no.newsroom.support.rest.MergePatch;
import no.newsroom.support.rest.PageResponse;
import no.newsroom.support.rest.Problem;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import java.util.UUID;

@Path("/webhooks")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
@Tag(name = "Webhooks", description = "Signed deliveries of public events to server-side clients (admin only)")
public class WebhookResource {

    private final WebhookService service;
    private final SecurityIdentity identity;

    public WebhookResource(WebhookService service, SecurityIdentity identity) {
        this.service = service;
        this.identity = identity;
    }

    @POST
    @Idempotent
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Subscribe a URL to public events", description = "The answer carries the signing secret; "
            + "it is never shown again.")
    @APIResponse(responseCode = "201", description = "Subscribed; Location and ETag are set",
            content = @Content(schema = @Schema(implementation = WebhookResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid request",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "Not an admin",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The URL's host is not a public address",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(@NotNull @Valid WebhookRequest request, UriInfo uriInfo) {
        WebhookSubscription subscription = service.create(WebhookMapper.toDraft(request), actor());
        return Response.created(uriInfo.getBaseUriBuilder().path("webhooks").path(subscription.id.toString()).build())
                .tag(EntityVersions.tagOf(subscription.version))
                .entity(WebhookMapper.toResponseWithSecret(subscription))
                .build();
    }

    @GET
    @Operation(summary = "List the subscriptions", description = "Oldest first, unpaged; secrets are not shown.")
    @APIResponse(responseCode = "200", description = "All subscriptions (nextCursor is null)")
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "Not an admin",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PageResponse<WebhookResponse> list() {
        var subscriptions = service.list();
        return new PageResponse<>(subscriptions.stream().map(WebhookMapper::toResponse).toList(), null,
                subscriptions.size());
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get a subscription", description = "Honours If-None-Match.")
    @APIResponse(responseCode = "200", description = "The subscription",
            content = @Content(schema = @Schema(implementation = WebhookResponse.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match")
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "Not an admin",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such subscription",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response get(@RestPath UUID id, Request request) {
        WebhookSubscription subscription = service.get(id);
        EntityTag tag = EntityVersions.tagOf(subscription.version);
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        if (notModified != null) {
            return notModified.tag(tag).build();
        }
        return Response.ok(WebhookMapper.toResponse(subscription)).tag(tag).build();
    }

    @PATCH
    @Path("/{id}")
    @Consumes({MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @Operation(summary = "Change, pause or resume a subscription", description = "Fields left out stay as they "
            + "are. paused=false also re-enables a subscription disabled after failed deliveries. Requires If-Match.")
    @APIResponse(responseCode = "200", description = "The changed subscription with its new ETag",
            content = @Content(schema = @Schema(implementation = WebhookResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid request",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "Not an admin",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such subscription",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match names an outdated version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The new URL's host is not a public address",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match missing",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response change(@RestPath UUID id, @RestHeader(HttpHeaders.IF_MATCH) String ifMatch,
                           @NotNull @Valid WebhookPatchRequest request) {
        long version = EntityVersions.fromIfMatch(ifMatch);
        WebhookSubscription subscription = service.change(id, version, WebhookMapper.toChange(request));
        return Response.ok(WebhookMapper.toResponse(subscription)).tag(EntityVersions.tagOf(subscription.version))
                .build();
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Unsubscribe", description = "Removes the subscription and its delivery log.")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "Not an admin",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such subscription",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public void delete(@RestPath UUID id) {
        service.delete(id);
    }

    @POST
    @Path("/{id}/secret-rotation")
    @Operation(summary = "Rotate the signing secret", description = "Answers with the new secret, shown this once. "
            + "Until previousSecretExpiresAt every delivery carries signatures with both secrets.")
    @APIResponse(responseCode = "200", description = "The subscription with its new secret",
            content = @Content(schema = @Schema(implementation = WebhookResponse.class)))
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "Not an admin",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such subscription",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response rotateSecret(@RestPath UUID id) {
        WebhookSubscription subscription = service.rotateSecret(id);
        return Response.ok(WebhookMapper.toResponseWithSecret(subscription))
                .tag(EntityVersions.tagOf(subscription.version)).build();
    }

    @GET
    @Path("/{id}/deliveries")
    @Operation(summary = "The delivery log", description = "Newest first, keyset-paged: attempts, the last status "
            + "code, latency and error of each delivery.")
    @APIResponse(responseCode = "200", description = "One page of deliveries")
    @APIResponse(responseCode = "400", description = "Invalid limit or cursor",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "Not an admin",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such subscription",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PageResponse<WebhookDeliveryResponse> deliveries(@RestPath UUID id,
                                                            @RestQuery @DefaultValue("20") @Min(1) @Max(100) int limit,
                                                            @RestQuery @Size(max = 200) String cursor) {
        PageCursor after = PageCursor.fromQuery(cursor);
        return PageResponse.of(service.deliveries(id, after, limit), WebhookMapper::toResponse);
    }

    @POST
    @Path("/{id}/deliveries/{deliveryId}/redelivery")
    @Operation(summary = "Send a delivery again", description = "With the same webhook-id and a fresh retry "
            + "window, in its original place in the subscription's order.")
    @APIResponse(responseCode = "202", description = "Queued; sent on the next run",
            content = @Content(schema = @Schema(implementation = WebhookDeliveryResponse.class)))
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "Not an admin",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such subscription or delivery",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The delivery is still pending",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response redeliver(@RestPath UUID id, @RestPath UUID deliveryId) {
        return Response.accepted(WebhookMapper.toResponse(service.redeliver(id, deliveryId))).build();
    }

    private String actor() {
        return identity.getPrincipal().getName();
    }
}
