package no.newsroom.claims.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
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
import no.newsroom.claims.domain.Actor;
import no.newsroom.claims.domain.ClaimNotFoundException;
import no.newsroom.claims.domain.EditRights;
import no.newsroom.claims.mapping.AuditMapper;
import no.newsroom.claims.mapping.ClaimMapper;
import no.newsroom.claims.mapping.ClaimReviewMapper;
import no.newsroom.claims.model.Claim;
import no.newsroom.claims.model.ClaimStatus;
import no.newsroom.claims.repository.ClaimFilter;
import no.newsroom.claims.service.ArticleClaimsRepresentations;
import no.newsroom.claims.service.ClaimService;
import no.newsroom.claims.service.ClaimWorkflowService;
import no.newsroom.claims.service.KeptClaimPages;
import no.newsroom.support.auth.Roles;
import no.newsroom.support.idempotency.Idempotent;
import no.newsroom.support.paging.Page;
import no.newsroom.support.paging.PageCursor;
import no.newsroom.support.rest.EntityVersions;
import no.newsroom.support.rest.MergePatch;
import no.newsroom.support.rest.MergePatcher;
import no.newsroom.support.rest.PageResponse;
import no.newsroom.support.rest.Problem;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The claim endpoints. Each method parses, calls one service method and maps the answer; the class is long because
 * it carries this service's OpenAPI document (every response, with its problem, is annotated here), not because it
 * decides anything.
 */
@Path("/claims")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Claims", description = "Claims reported by articles and their verification")
public class ClaimResource {

    static final String LD_JSON = "application/ld+json";

    private final ClaimService service;
    private final ClaimWorkflowService workflow;
    private final ClaimReviewMapper claimReviews;
    private final SecurityIdentity identity;
    private final ClaimViews views;
    private final MergePatcher patcher;
    private final ArticleClaimsRepresentations articleClaims;
    private final KeptClaimPages keptPages;
    private final ObjectMapper json;

    public ClaimResource(ClaimService service, ClaimWorkflowService workflow, ClaimReviewMapper claimReviews,
                         SecurityIdentity identity, ClaimViews views, MergePatcher patcher,
                         ArticleClaimsRepresentations articleClaims, KeptClaimPages keptPages, ObjectMapper json) {
        this.articleClaims = articleClaims;
        this.keptPages = keptPages;
        this.json = json;
        this.service = service;
        this.workflow = workflow;
        this.claimReviews = claimReviews;
        this.identity = identity;
        this.views = views;
        this.patcher = patcher;
    }

    @GET
    @PermitAll
    @Operation(summary = "List claims", description = "Oldest first, keyset-paged. q is full text over statement, "
            + "claimReviewed and claimant; recheckDue=true keeps claims whose re-check date has passed; "
            + "conflict=true keeps claims with an unresolved CONFLICT match. Readers see the current claims of "
            + "published articles only, filter on the public status and may not filter by assignee, recheckDue or "
            + "conflict. total is exact up to 1,000 matches; above that it is PostgreSQL's planner "
            + "estimate (always more than 1,000), so deep filters stay fast at millions of claims.")
    @APIResponse(responseCode = "200", description = "One page of claims",
            content = @Content(schema = @Schema(implementation = ClaimPageDocument.class)))
    @APIResponse(responseCode = "400", description = "Invalid filter or cursor",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "A reader filtered by a staff-only field (assignee, recheckDue, "
            + "conflict)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response list(
            @RestQuery @DefaultValue("20") @Min(1) @Max(100) int limit,
            @RestQuery @Size(max = 200) String cursor,
            @RestQuery UUID articleId,
            @RestQuery ClaimStatus status,
            @RestQuery @Size(max = 300) String claimant,
            @RestQuery @Size(max = 200) String assignee,
            @RestQuery @Pattern(regexp = Languages.BCP47, message = "must be a BCP 47 language tag such as nb or en")
            String language,
            @RestQuery @Size(max = 200) String q,
            @RestQuery boolean recheckDue,
            @RestQuery boolean conflict) {
        boolean staff = isStaff();
        PageCursor after = PageCursor.fromQuery(cursor);
        var filter = new ClaimFilter(articleId, status, blankToNull(claimant), blankToNull(assignee),
                blankToNull(language), blankToNull(q), recheckDue, conflict, !staff);
        byte[] page = keptPages.of(filter, cursor, limit, views.viewer(), recheckDue, () -> {
            Page<Claim> claims = service.list(filter, after, limit);
            Map<UUID, Claim> newer = service.newerFigures(claims.items(), staff);
            return PageResponse.of(claims, claim -> views.of(claim, newer));
        });
        return Response.ok(page, MediaType.APPLICATION_JSON_TYPE).build();
    }

    @GET
    @Path("/by-article/{articleId}")
    @PermitAll
    @Operation(summary = "All claims of one article",
            description = "Unpaged, in creation order: the gateway attaches them to the article's blocks in one call. "
                    + "Honours If-None-Match: the ETag changes when any of the claims, or a claim superseding one of "
                    + "them, changes, and differs between callers who see them differently.")
    @APIResponse(responseCode = "200", description = "The article's claims (items only; nextCursor is null)",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = ClaimPageDocument.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match")
    public Response byArticle(@RestPath UUID articleId, Request request) {
        String viewer = views.viewer();
        String digest = articleClaims.digest(articleId);
        EntityTag tag = new EntityTag(ArticleClaimsRepresentations.tagOf(digest, viewer));
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        if (notModified != null) {
            return notModified.tag(tag).build();
        }
        byte[] json = articleClaims.of(articleId, viewer, digest, () -> writeClaimsOf(articleId)).json();
        return Response.ok(json, MediaType.APPLICATION_JSON_TYPE).tag(tag).build();
    }

    private byte[] writeClaimsOf(UUID articleId) {
        boolean staff = isStaff();
        var claims = service.listForArticle(articleId, staff);
        Map<UUID, Claim> newer = service.newerFigures(claims, staff);
        var page = new PageResponse<>(claims.stream().map(claim -> views.of(claim, newer)).toList(), null,
                claims.size());
        try {
            return json.writeValueAsBytes(page);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    @GET
    @Path("/{id}")
    @PermitAll
    @Operation(summary = "Get a claim", description = "Honours If-None-Match.")
    @APIResponse(responseCode = "200", description = "The claim",
            content = @Content(schema = @Schema(implementation = ClaimResponse.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match")
    @APIResponse(responseCode = "404", description = "No such claim",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response get(@RestPath UUID id, Request request) {
        Claim claim = service.find(id, isStaff()).orElseThrow(() -> new ClaimNotFoundException(id));
        EntityTag tag = EntityVersions.tagOf(claim.version);
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        if (notModified != null) {
            return notModified.tag(tag).build();
        }
        return Response.ok(views.of(claim, service.newerFigures(List.of(claim), isStaff()))).tag(tag).build();
    }

    @POST
    @Idempotent
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @Operation(summary = "Record a claim", description = "Starts UNVERIFIED. Quantities must be consistent.")
    @APIResponse(responseCode = "201", description = "Created; Location and ETag are set",
            content = @Content(schema = @Schema(implementation = ClaimResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid request",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "Not an editor")
    @APIResponse(responseCode = "422", description = "Inconsistent quantities or anchor",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(@NotNull @Valid ClaimRequest request, UriInfo uriInfo) {
        Claim claim = service.create(ClaimMapper.toDraft(request), actor());
        return Response.created(uriInfo.getBaseUriBuilder().path("claims").path(claim.id.toString()).build())
                .tag(EntityVersions.tagOf(claim.version))
                .entity(views.forStaff(claim))
                .build();
    }

    @PATCH
    @Path("/{id}")
    @Consumes({MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @RolesAllowed({Roles.EDITOR, Roles.VERIFIER, Roles.ADMIN})
    @Operation(summary = "Edit a claim", description = "JSON merge patch of the editable fields. Editors change "
            + "content; editors and verifiers change assignee, recheckBy and supersededBy (which must name another "
            + "existing claim). Every changed field is appended to the history. Requires If-Match.")
    @RequestBody(content = @Content(mediaType = MergePatch.MEDIA_TYPE,
            schema = @Schema(implementation = ClaimEditRequest.class),
            examples = @ExampleObject(name = "assign", value = "{\"assignee\": \"kari\", "
                    + "\"recheckBy\": \"2022-03-16T08:00:00Z\"}")))
    @APIResponse(responseCode = "200", description = "The edited claim with its new ETag",
            content = @Content(schema = @Schema(implementation = ClaimResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid patch or unknown field",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "The patch changes a field your role may not change",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such claim",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The claim is withdrawn, or a content field changes while a "
            + "verdict is proposed or approved (verdict-locked: reopen first)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match names an outdated version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Inconsistent quantities or anchor, or a bad supersededBy",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match missing",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response edit(@RestPath UUID id, @RestHeader(HttpHeaders.IF_MATCH) String ifMatch,
                         @NotNull JsonNode patch) {
        JsonNode changes = MergePatch.requireObject(patch);
        long version = EntityVersions.fromIfMatch(ifMatch);
        Claim claim = service.edit(id, version, current -> ClaimMapper.toEdit(
                patcher.apply(ClaimMapper.toEditRequest(current), changes, ClaimEditRequest.class)),
                actor(), EditRights.forRoles(identity.getRoles()));
        return withTag(claim);
    }

    @POST
    @Path("/{id}/transitions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.VERIFIER, Roles.ADMIN})
    @Operation(summary = "Move a claim in the verification workflow", description = "UNVERIFIED → IN_REVIEW → "
            + "CONFIRMED | PARTLY_CONFIRMED | FALSE | MISLEADING | UNVERIFIABLE; a verdict back to IN_REVIEW or "
            + "UNVERIFIED with a reason. A verdict is proposed (pendingApproval) until a second verifier approves "
            + "it. Requires If-Match.")
    @RequestBody(content = @Content(schema = @Schema(implementation = TransitionRequest.class),
            examples = {
                @ExampleObject(name = "start review", value = "{\"to\": \"IN_REVIEW\"}"),
                @ExampleObject(name = "propose verdict", value = "{\"to\": \"CONFIRMED\", \"rationale\": "
                        + "\"Bekreftet av Reuters og satellittbilder\"}"),
                @ExampleObject(name = "reopen", value = "{\"to\": \"IN_REVIEW\", \"reason\": \"Nye opplysninger\"}")
            }))
    @APIResponse(responseCode = "200", description = "The claim in its new status, with its new ETag",
            content = @Content(schema = @Schema(implementation = ClaimResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid request",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "Not a verifier",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such claim",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Transition not allowed; the problem lists the allowed targets",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not allowed", value = "{\"type\": "
                            + "\"https://newsroom.example/problems/transition-not-allowed\", \"title\": "
                            + "\"Transition not allowed\", \"status\": 409, \"detail\": \"A claim cannot move from "
                            + "UNVERIFIED to CONFIRMED; allowed from UNVERIFIED: [IN_REVIEW]\", \"instance\": "
                            + "\"/claims/3f0c5b7e-0d6b-4f1c-9a55-0b4e8f0c1d2a/transitions\", "
                            + "\"allowed\": [\"IN_REVIEW\"]}")))
    @APIResponse(responseCode = "412", description = "If-Match names an outdated version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Verdict without rationale or required evidence, or reopen "
            + "without reason",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match missing",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response transition(@RestPath UUID id, @RestHeader(HttpHeaders.IF_MATCH) String ifMatch,
                               @NotNull @Valid TransitionRequest request) {
        long version = EntityVersions.fromIfMatch(ifMatch);
        return withTag(workflow.transition(id, version, request.to(), request.rationale(), request.reason(),
                verifiedActor()));
    }

    @POST
    @Path("/{id}/approval")
    @RolesAllowed({Roles.VERIFIER, Roles.ADMIN})
    @Operation(summary = "Approve a proposed verdict", description = "Four eyes: a verifier other than the one who "
            + "proposed the verdict makes it public (publicStatus = status). The proposer gets 403. "
            + "Requires If-Match.")
    @APIResponse(responseCode = "200", description = "The claim with its verdict public",
            content = @Content(schema = @Schema(implementation = ClaimResponse.class)))
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "Not a verifier, or the verifier who proposed the verdict",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such claim",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "No verdict awaits approval",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match names an outdated version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match missing",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response approve(@RestPath UUID id, @RestHeader(HttpHeaders.IF_MATCH) String ifMatch) {
        long version = EntityVersions.fromIfMatch(ifMatch);
        return withTag(workflow.approve(id, version, verifiedActor()));
    }

    @POST
    @Path("/{id}/withdrawal")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.EDITOR, Roles.VERIFIER, Roles.ADMIN})
    @Operation(summary = "Withdraw a claim", description = "Nothing is deleted: the claim stays readable by id with "
            + "withdrawnAt and the reason, leaves the review queue and readers' lists. Requires If-Match.")
    @RequestBody(content = @Content(schema = @Schema(implementation = ReasonRequest.class),
            examples = @ExampleObject(name = "duplicate", value = "{\"reason\": \"Registrert to ganger\"}")))
    @APIResponse(responseCode = "200", description = "The withdrawn claim",
            content = @Content(schema = @Schema(implementation = ClaimResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid request",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "Not staff",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such claim",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Already withdrawn",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match names an outdated version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "No reason given",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match missing",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response withdraw(@RestPath UUID id, @RestHeader(HttpHeaders.IF_MATCH) String ifMatch,
                             @NotNull @Valid ReasonRequest request) {
        long version = EntityVersions.fromIfMatch(ifMatch);
        return withTag(workflow.withdraw(id, version, request.reason(), actor()));
    }

    @GET
    @Path("/{id}/history")
    @RolesAllowed({Roles.EDITOR, Roles.VERIFIER, Roles.ADMIN})
    @Operation(summary = "Audit history of a claim", description = "Every change, oldest first; append-only.")
    @APIResponse(responseCode = "200", description = "The history (items only; nextCursor is null)")
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "Not staff",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such claim",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PageResponse<HistoryEntryResponse> history(@RestPath UUID id) {
        var entries = service.history(id);
        return new PageResponse<>(entries.stream().map(AuditMapper::toResponse).toList(), null, entries.size());
    }

    @GET
    @Path("/{id}/claimreview")
    @Produces(LD_JSON)
    @PermitAll
    @Operation(summary = "schema.org ClaimReview of an approved verdict",
            description = "JSON-LD for search engines' fact-check results; 404 until a verdict is approved.")
    @APIResponse(responseCode = "200", description = "The ClaimReview",
            content = @Content(mediaType = LD_JSON, schema = @Schema(implementation = ClaimReviewDocument.class)))
    @APIResponse(responseCode = "404", description = "No such claim, or no approved verdict",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ClaimReviewDocument claimReview(@RestPath UUID id) {
        Claim claim = service.find(id, isStaff()).orElseThrow(() -> new ClaimNotFoundException(id));
        return claimReviews.toClaimReview(claim)
                .orElseThrow(() -> new ClaimNotFoundException(id, "has no approved verdict to export"));
    }

    private Response withTag(Claim claim) {
        return Response.ok(views.forStaff(claim, service.newerFigures(List.of(claim), true)))
                .tag(EntityVersions.tagOf(claim.version)).build();
    }

    private String actor() {
        return identity.getPrincipal().getName();
    }

    private Actor verifiedActor() {
        JsonWebToken token = (JsonWebToken) identity.getPrincipal();
        return new Actor(token.getName(), token.getIssuer(), token.getSubject());
    }

    private boolean isStaff() {
        return Roles.isStaff(identity);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
