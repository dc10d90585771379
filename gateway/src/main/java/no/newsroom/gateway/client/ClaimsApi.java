package no.newsroom.gateway.client;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * claims-service's internal API; responses pass through unchanged, errors included. The caller's
 * Authorization, If-Match, If-None-Match and Idempotency-Key headers are propagated (see
 * application.properties).
 */
@RegisterRestClient(configKey = "claims")
@RegisterClientHeaders(PropagatedHeaders.class)
interface ClaimsApi {

    @GET
    @Path("/claims")
    Uni<Response> list(@QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor,
                       @QueryParam("status") String status, @QueryParam("articleId") String articleId,
                       @QueryParam("claimant") String claimant, @QueryParam("assignee") String assignee,
                       @QueryParam("language") String language, @QueryParam("q") String q,
                       @QueryParam("recheckDue") Boolean recheckDue, @QueryParam("conflict") Boolean conflict);

    @GET
    @Path("/claims/{id}")
    Uni<Response> get(@PathParam("id") String id);

    @GET
    @Path("/claims/by-article/{articleId}")
    Uni<Response> byArticle(@PathParam("articleId") String articleId,
                            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch);

    @POST
    @Path("/claims")
    @Consumes(MediaType.APPLICATION_JSON)
    Uni<Response> create(String claim);

    @PATCH
    @Path("/claims/{id}")
    @Consumes(ArticlesApi.MERGE_PATCH)
    Uni<Response> patch(@PathParam("id") String id, String patch);

    /** {@code action} is one of transitions, approval, withdrawal, evidence. */
    @POST
    @Path("/claims/{id}/{action}")
    @Consumes(MediaType.APPLICATION_JSON)
    Uni<Response> act(@PathParam("id") String id, @PathParam("action") String action, String body);

    @POST
    @Path("/claims/{id}/evidence/{evidenceId}/supersession")
    @Consumes(MediaType.APPLICATION_JSON)
    Uni<Response> supersedeEvidence(@PathParam("id") String id, @PathParam("evidenceId") String evidenceId,
                                    String reason);

    @DELETE
    @Path("/claims/{id}/evidence/{evidenceId}")
    Uni<Response> removeEvidence(@PathParam("id") String id, @PathParam("evidenceId") String evidenceId);

    /** {@code view} is one of evidence, history, claimreview. */
    @GET
    @Path("/claims/{id}/{view}")
    Uni<Response> view(@PathParam("id") String id, @PathParam("view") String view);

    @GET
    @Path("/review-queue")
    Uni<Response> reviewQueue(@QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor);

    @POST
    @Path("/claims/{id}/matches/{otherId}")
    @Consumes(MediaType.APPLICATION_JSON)
    Uni<Response> decideMatch(@PathParam("id") String id, @PathParam("otherId") String otherId, String decision);

    @POST
    @Path("/claims:match")
    @Consumes(MediaType.APPLICATION_JSON)
    Uni<Response> match(String request);

    @POST
    @Path("/extractions")
    @Consumes(MediaType.APPLICATION_JSON)
    Uni<Response> extract(String text);

    @POST
    @Path("/article-extractions")
    @Consumes(MediaType.APPLICATION_JSON)
    Uni<Response> extractFromArticle(String article);

    @GET
    @Path("/webhooks")
    Uni<Response> webhooks();

    @POST
    @Path("/webhooks")
    @Consumes(MediaType.APPLICATION_JSON)
    Uni<Response> subscribe(String subscription);

    @GET
    @Path("/webhooks/{id}")
    Uni<Response> webhook(@PathParam("id") String id);

    @PATCH
    @Path("/webhooks/{id}")
    @Consumes(ArticlesApi.MERGE_PATCH)
    Uni<Response> changeWebhook(@PathParam("id") String id, String patch);

    @DELETE
    @Path("/webhooks/{id}")
    Uni<Response> unsubscribe(@PathParam("id") String id);

    @POST
    @Path("/webhooks/{id}/secret-rotation")
    Uni<Response> rotateWebhookSecret(@PathParam("id") String id);

    @GET
    @Path("/webhooks/{id}/deliveries")
    Uni<Response> webhookDeliveries(@PathParam("id") String id, @QueryParam("limit") Integer limit,
                                    @QueryParam("cursor") String cursor);

    @POST
    @Path("/webhooks/{id}/deliveries/{deliveryId}/redelivery")
    Uni<Response> redeliver(@PathParam("id") String id, @PathParam("deliveryId") String deliveryId);
}
