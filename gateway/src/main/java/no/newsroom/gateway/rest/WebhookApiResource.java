package no.newsroom.gateway.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import no.newsroom.gateway.client.ClaimsClient;
import no.newsroom.gateway.openapi.Examples;
import no.newsroom.gateway.openapi.WebhookDocs;
import no.newsroom.support.auth.Roles;
import no.newsroom.support.rest.Problem;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.callbacks.Callback;
import org.eclipse.microprofile.openapi.annotations.callbacks.CallbackOperation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import java.util.UUID;

/** Passes webhook administration through to claims-service, which owns subscriptions and sends the deliveries. */
@Path("/api/v1/webhooks")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
@SecurityRequirement(name = ApiResponses.BEARER)
@Tag(name = "Webhooks")
public class WebhookApiResource {

    private final ClaimsClient claims;

    public WebhookApiResource(ClaimsClient claims) {
        this.claims = claims;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createWebhook", summary = "Subscribe a receiver to public events",
            description = "Answers with the signing secret, shown this once. The URL must be http(s) and its host "
                    + "must resolve to public addresses only: loopback, private, link-local and unique-local targets "
                    + "are refused unless the deployment allows them.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = WebhookDocs.WebhookDraft.class),
            examples = @ExampleObject(name = "partner", value = Examples.WEBHOOK_DRAFT)))
    @Parameter(ref = ApiResponses.IDEMPOTENCY_KEY)
    @APIResponse(responseCode = "201", description = "Subscribed; the answer holds the secret",
            headers = {@Header(name = "Location", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING))},
            content = @Content(schema = @Schema(implementation = WebhookDocs.Webhook.class)))
    @APIResponse(responseCode = "400", ref = ApiResponses.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ApiResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiResponses.FORBIDDEN)
    @APIResponse(responseCode = "422", description = "The URL's host is not a public address",
            content = @Content(mediaType = Problem.MEDIA_TYPE,
                    schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "privateTarget", value = """
                            {"type": "https://newsroom.example/problems/webhook-target",
                             "title": "Webhook target not allowed", "status": 422,
                             "detail": "10.0.0.7 resolves to 10.0.0.7, a loopback, private, link-local or \
                            otherwise non-public address",
                             "instance": "/webhooks",
                             "errors": [{"field": "url", "message": "10.0.0.7 resolves to 10.0.0.7, a loopback, \
                            private, link-local or otherwise non-public address"}]}""")))
    @APIResponse(responseCode = "409", ref = ApiResponses.IDEMPOTENCY_KEY_IN_USE)
    @APIResponse(responseCode = "429", ref = ApiResponses.TOO_MANY_REQUESTS)
    @APIResponse(responseCode = "503", ref = ApiResponses.UNAVAILABLE)
    @Callback(name = "delivery", callbackUrlExpression = "{$request.body#/url}",
            operations = @CallbackOperation(method = "post", summary = "A signed event delivery to the receiver",
                    description = WebhookDocs.SIGNING,
                    parameters = {
                            @Parameter(name = "webhook-id", in = ParameterIn.HEADER, required = true,
                                    description = "The delivery's id, the same on every attempt",
                                    schema = @Schema(type = SchemaType.STRING), example = Examples.DELIVERY_ID),
                            @Parameter(name = "webhook-timestamp", in = ParameterIn.HEADER, required = true,
                                    description = "Unix seconds when this attempt was signed",
                                    schema = @Schema(type = SchemaType.INTEGER), example = "1647338641"),
                            @Parameter(name = "webhook-signature", in = ParameterIn.HEADER, required = true,
                                    description = "Space-separated v1,<base64 HMAC-SHA256> signatures of "
                                            + "id.timestamp.body, one per valid secret",
                                    schema = @Schema(type = SchemaType.STRING),
                                    example = "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=")},
                    requestBody = @RequestBody(required = true, content = @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = WebhookDocs.WebhookMessage.class),
                            examples = @ExampleObject(name = "approved", value = Examples.WEBHOOK_MESSAGE))),
                    responses = {
                            @APIResponse(responseCode = "200", description = "Any 2xx within 5 s: delivered"),
                            @APIResponse(responseCode = "500", description = "Anything else, or no answer: "
                                    + "retried with backoff for 25 h")}))
    public Uni<Response> create(String subscription) {
        return claims.subscribe(subscription).map(Passthrough::of);
    }

    @GET
    @Operation(operationId = "listWebhooks", summary = "List the subscriptions",
            description = "Oldest first, unpaged; secrets are never listed.")
    @APIResponse(responseCode = "200", description = "All subscriptions",
            content = @Content(schema = @Schema(implementation = WebhookDocs.WebhookPage.class)))
    @APIResponse(responseCode = "401", ref = ApiResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiResponses.FORBIDDEN)
    @APIResponse(responseCode = "503", ref = ApiResponses.UNAVAILABLE)
    public Uni<Response> list() {
        return claims.webhooks().map(Passthrough::of);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getWebhook", summary = "Get a subscription", description = "Without its secret.")
    @APIResponse(responseCode = "200", description = "The subscription",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = WebhookDocs.Webhook.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match")
    @APIResponse(responseCode = "401", ref = ApiResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiResponses.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    @APIResponse(responseCode = "503", ref = ApiResponses.UNAVAILABLE)
    public Uni<Response> get(@RestPath UUID id) {
        return claims.webhook(id.toString()).map(Passthrough::of);
    }

    @PATCH
    @Path("/{id}")
    @Consumes(ArticleApiResource.MERGE_PATCH)
    @Operation(operationId = "patchWebhook", summary = "Change, pause or resume a subscription",
            description = "JSON merge patch. paused=true queues deliveries without sending them; paused=false sends "
                    + "them again and re-enables a subscription that was DISABLED after failing for 25 h.")
    @Parameter(name = "If-Match", in = ParameterIn.HEADER, required = true, description = "ETag of the subscription",
            schema = @Schema(type = SchemaType.STRING), example = "\"0\"")
    @RequestBody(required = true, content = @Content(mediaType = ArticleApiResource.MERGE_PATCH,
            schema = @Schema(implementation = WebhookDocs.WebhookPatch.class),
            examples = {@ExampleObject(name = "pause", value = Examples.WEBHOOK_PAUSE),
                    @ExampleObject(name = "retarget", value = Examples.WEBHOOK_CHANGE)}))
    @APIResponse(responseCode = "200", description = "Changed",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = WebhookDocs.Webhook.class)))
    @APIResponse(responseCode = "400", ref = ApiResponses.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ApiResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiResponses.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    @APIResponse(responseCode = "412", ref = ApiResponses.PRECONDITION_FAILED)
    @APIResponse(responseCode = "422", description = "The new URL's host is not a public address",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", ref = ApiResponses.PRECONDITION_REQUIRED)
    @APIResponse(responseCode = "429", ref = ApiResponses.TOO_MANY_REQUESTS)
    @APIResponse(responseCode = "503", ref = ApiResponses.UNAVAILABLE)
    public Uni<Response> patch(@RestPath UUID id, String patch) {
        return claims.changeWebhook(id.toString(), patch).map(Passthrough::of);
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "deleteWebhook", summary = "Unsubscribe",
            description = "Removes the subscription and its delivery log; nothing more is sent.")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "401", ref = ApiResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiResponses.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    @APIResponse(responseCode = "429", ref = ApiResponses.TOO_MANY_REQUESTS)
    @APIResponse(responseCode = "503", ref = ApiResponses.UNAVAILABLE)
    public Uni<Response> delete(@RestPath UUID id) {
        return claims.unsubscribe(id.toString()).map(Passthrough::of);
    }

    @POST
    @Path("/{id}/secret-rotation")
    @Operation(operationId = "rotateWebhookSecret", summary = "Rotate the signing secret",
            description = "Answers with the new secret, shown this once. Until previousSecretExpiresAt (24 h) every "
                    + "delivery is signed with both secrets, so receivers can switch without losing one.")
    @APIResponse(responseCode = "200", description = "The subscription with its new secret",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = WebhookDocs.Webhook.class)))
    @APIResponse(responseCode = "401", ref = ApiResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiResponses.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    @APIResponse(responseCode = "429", ref = ApiResponses.TOO_MANY_REQUESTS)
    @APIResponse(responseCode = "503", ref = ApiResponses.UNAVAILABLE)
    public Uni<Response> rotateSecret(@RestPath UUID id) {
        return claims.rotateWebhookSecret(id.toString()).map(Passthrough::of);
    }

    @GET
    @Path("/{id}/deliveries")
    @Operation(operationId = "listWebhookDeliveries", summary = "The delivery log of a subscription",
            description = "Newest first, cursor-paged: each delivery's attempts, last status code, latency and error.")
    @APIResponse(responseCode = "200", description = "One page",
            content = @Content(schema = @Schema(implementation = WebhookDocs.WebhookDeliveryPage.class)))
    @APIResponse(responseCode = "400", ref = ApiResponses.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ApiResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiResponses.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    @APIResponse(responseCode = "503", ref = ApiResponses.UNAVAILABLE)
    public Uni<Response> deliveries(
            @RestPath UUID id,
            @RestQuery @Min(1) @Max(100) @Parameter(description = "Page size, 1-100 (default 20)") Integer limit,
            @RestQuery @Size(max = 200) @Parameter(description = "nextCursor of the previous page") String cursor) {
        return claims.webhookDeliveries(id.toString(), limit, cursor).map(Passthrough::of);
    }

    @POST
    @Path("/{id}/deliveries/{deliveryId}/redelivery")
    @Operation(operationId = "redeliverWebhookDelivery", summary = "Send a delivery again",
            description = "Same webhook-id, a fresh retry window, and its original place in the subscription's "
                    + "order: later pending events wait for it.")
    @APIResponse(responseCode = "202", description = "Queued; sent within a second or two",
            content = @Content(schema = @Schema(implementation = WebhookDocs.WebhookDelivery.class)))
    @APIResponse(responseCode = "401", ref = ApiResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiResponses.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    @APIResponse(responseCode = "409", description = "The delivery is still pending",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "429", ref = ApiResponses.TOO_MANY_REQUESTS)
    @APIResponse(responseCode = "503", ref = ApiResponses.UNAVAILABLE)
    public Uni<Response> redeliver(@RestPath UUID id, @RestPath UUID deliveryId) {
        return claims.redeliver(id.toString(), deliveryId.toString()).map(Passthrough::of);
    }
}
