package no.newsroom.gateway.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import no.newsroom.gateway.client.ClaimListQuery;
import no.newsroom.gateway.client.ClaimsClient;
import no.newsroom.gateway.client.ClaimsClient.ClaimAction;
import no.newsroom.gateway.client.ClaimsClient.ClaimView;
import no.newsroom.gateway.openapi.ClaimDocs;
import no.newsroom.gateway.openapi.Examples;
import no.newsroom.support.auth.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
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
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import java.util.UUID;

@Path("/api/v1/claims")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Claims")
public class ClaimApiResource {

    private final ClaimsClient claims;

    public ClaimApiResource(ClaimsClient claims) {
        this.claims = claims;
    }

    @GET
    @PermitAll
    @SecurityRequirementsSet
    @SecurityRequirementsSet(@SecurityRequirement(name = ApiResponses.BEARER))
    @SecurityRequirementsSet(@SecurityRequirement(name = ApiResponses.OIDC))
    @Operation(operationId = "listClaims", summary = "List claims", description = "Cursor-paged. Anonymous callers "
            + "and readers see the current claims of published articles with their public status only (and counts "
            + "of those only); they may not filter by assignee or recheckDue, which they cannot see (403).")
    @APIResponse(responseCode = "200", description = "One page",
            content = @Content(schema = @Schema(implementation = ClaimDocs.ClaimPage.class)))
    @APIResponse(responseCode = "400", ref = ApiResponses.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ApiResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiResponses.FORBIDDEN)
    @APIResponse(responseCode = "503", ref = ApiResponses.UNAVAILABLE)
    public Uni<Response> list(
            @RestQuery @Min(1) @Max(100) @Parameter(description = "Page size, 1-100 (default 20)") Integer limit,
            @RestQuery @Size(max = 200) @Parameter(description = "nextCursor of the previous page") String cursor,
            @RestQuery @Size(max = 200) @Parameter(description = "One status or several, comma-separated",
                    example = "UNVERIFIED,IN_REVIEW") String status,
            @RestQuery @Parameter(example = Examples.ARTICLE_ID) UUID articleId,
            @RestQuery @Size(max = 200) @Parameter(example = "Ukrainske myndigheter") String claimant,
            @RestQuery @Size(max = 100) @Parameter(example = "kari") String assignee,
            @RestQuery @Size(max = 35) @Parameter(example = "nb") String language,
            @RestQuery @Size(max = 200) @Parameter(description = "Full-text search in statement, claimReviewed and "
                    + "claimant: every word must occur, as a whole word in any case", example = "helikoptre") String q,
            @RestQuery @Parameter(description = "Only claims whose re-check is due") Boolean recheckDue,
            @RestQuery @Parameter(description = "Only claims with an unresolved CONFLICT match (staff only)")
            Boolean conflict) {
        var query = new ClaimListQuery(limit, cursor, status, articleId == null ? null : articleId.toString(),
                claimant, assignee, language, q, recheckDue, conflict);
        return claims.list(query).map(Passthrough::of);
    }

    @GET
    @Path("/{id}")
    @PermitAll
    @SecurityRequirementsSet
    @SecurityRequirementsSet(@SecurityRequirement(name = ApiResponses.BEARER))
    @SecurityRequirementsSet(@SecurityRequirement(name = ApiResponses.OIDC))
    @Operation(operationId = "getClaim", summary = "Get a claim", description = "Readers see the public "
            + "(approved) status only.")
    @APIResponse(responseCode = "200", description = "The claim",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = ClaimDocs.Claim.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match")
    @APIResponse(responseCode = "401", ref = ApiResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    @APIResponse(responseCode = "503", ref = ApiResponses.UNAVAILABLE)
    public Uni<Response> get(@RestPath UUID id) {
        return claims.claim(id.toString()).map(Passthrough::of);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @SecurityRequirementsSet(@SecurityRequirement(name = ApiResponses.BEARER))
    @SecurityRequirementsSet(@SecurityRequirement(name = ApiResponses.OIDC))
    @Operation(operationId = "createClaim", summary = "Record a claim", description = "Anchored to a passage of "
            + "an article block; starts UNVERIFIED. Sub-counts may not exceed their parent count.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ClaimDocs.ClaimDraft.class),
            examples = @ExampleObject(name = "aircraft", value = Examples.CLAIM_DRAFT)))
    @Parameter(ref = ApiResponses.IDEMPOTENCY_KEY)
    @APIResponse(responseCode = "201", description = "Recorded",
            headers = {@Header(name = "Location", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING))},
            content = @Content(schema = @Schema(implementation = ClaimDocs.Claim.class)))
    @APIResponse(responseCode = "400", ref = ApiResponses.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ApiResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiResponses.FORBIDDEN)
    @APIResponse(responseCode = "422", ref = ApiResponses.UNPROCESSABLE)
    @APIResponse(responseCode = "409", ref = ApiResponses.IDEMPOTENCY_KEY_IN_USE)
    @APIResponse(responseCode = "429", ref = ApiResponses.TOO_MANY_REQUESTS)
    @APIResponse(responseCode = "503", ref = ApiResponses.UNAVAILABLE)
    public Uni<Response> create(String claim) {
        return claims.create(claim).map(Passthrough::of);
    }

    @PATCH
    @Path("/{id}")
    @Consumes(ArticleApiResource.MERGE_PATCH)
    @RolesAllowed({Roles.EDITOR, Roles.VERIFIER, Roles.ADMIN})
    @SecurityRequirementsSet(@SecurityRequirement(name = ApiResponses.BEARER))
    @SecurityRequirementsSet(@SecurityRequirement(name = ApiResponses.OIDC))
    @Operation(operationId = "patchClaim", summary = "Change editable fields of a claim",
            description = "JSON merge patch: assignment, re-check date, superseding claim, wording. Every change "
                    + "is written to the claim's history. While a verdict is proposed or approved, what it is about "
                    + "(statement, claimReviewed, claimant, source, language, reportedAt, independentlyConfirmed, "
                    + "quantities, anchor) cannot change: 409 verdict-locked, reopen the claim first.")
    @Parameter(name = "If-Match", in = ParameterIn.HEADER, required = true, description = "ETag of the version "
            + "being changed", schema = @Schema(type = SchemaType.STRING), example = "\"3\"")
    @RequestBody(required = true, content = @Content(mediaType = ArticleApiResource.MERGE_PATCH,
            schema = @Schema(implementation = ClaimDocs.ClaimPatch.class),
            examples = @ExampleObject(name = "assign", value = Examples.CLAIM_PATCH)))
    @APIResponse(responseCode = "200", description = "Changed",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = ClaimDocs.Claim.class)))
    @APIResponse(responseCode = "400", ref = ApiResponses.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ApiResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiResponses.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiResponses.CONFLICT)
    @APIResponse(responseCode = "412", ref = ApiResponses.PRECONDITION_FAILED)
    @APIResponse(responseCode = "422", ref = ApiResponses.UNPROCESSABLE)
    @APIResponse(responseCode = "428", ref = ApiResponses.PRECONDITION_REQUIRED)
    @APIResponse(responseCode = "429", ref = ApiResponses.TOO_MANY_REQUESTS)
    @APIResponse(responseCode = "503", ref = ApiResponses.UNAVAILABLE)
    public Uni<Response> patch(@RestPath UUID id, String patch) {
        return claims.patch(id.toString(), patch).map(Passthrough::of);
    }

    @GET
    @Path("/{id}/evidence")
    @PermitAll
    @SecurityRequirementsSet
    @SecurityRequirementsSet(@SecurityRequirement(name = ApiResponses.BEARER))
    @SecurityRequirementsSet(@SecurityRequirement(name = ApiResponses.OIDC))
    @Operation(operationId = "listClaimEvidence", summary = "List the evidence of a claim",
            description = "Oldest first.")
    @APIResponse(responseCode = "200", description = "The evidence",
            content = @Content(schema = @Schema(implementation = ClaimDocs.EvidencePage.class)))
    @APIResponse(responseCode = "401", ref = ApiResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    @APIResponse(responseCode = "503", ref = ApiResponses.UNAVAILABLE)
    public Uni<Response> evidence(@RestPath UUID id) {
        return claims.view(id.toString(), ClaimView.EVIDENCE).map(Passthrough::of);
    }

    @POST
    @Path("/{id}/evidence")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.EDITOR, Roles.VERIFIER, Roles.ADMIN})
    @SecurityRequirementsSet(@SecurityRequirement(name = ApiResponses.BEARER))
    @SecurityRequirementsSet(@SecurityRequirement(name = ApiResponses.OIDC))
    @Operation(operationId = "addClaimEvidence", summary = "Add evidence to a claim",
            description = "Verdicts need evidence; CONFIRMED and PARTLY_CONFIRMED need independent evidence.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ClaimDocs.EvidenceDraft.class),
            examples = @ExampleObject(name = "statement", value = Examples.EVIDENCE_DRAFT)))
    @Parameter(ref = ApiResponses.IDEMPOTENCY_KEY)
    @APIResponse(responseCode = "201", description = "Added",
            headers = @Header(name = "Location", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = ClaimDocs.Evidence.class)))
    @APIResponse(responseCode = "400", ref = ApiResponses.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ApiResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiResponses.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiResponses.CONFLICT)
    @APIResponse(responseCode = "422", ref = ApiResponses.IDEMPOTENCY_KEY_REUSED)
    @APIResponse(responseCode = "429", ref = ApiResponses.TOO_MANY_REQUESTS)
    @APIResponse(responseCode = "503", ref = ApiResponses.UNAVAILABLE)
    public Uni<Response> addEvidence(@RestPath UUID id, String evidence) {
        return claims.act(id.toString(), ClaimAction.EVIDENCE, evidence).map(Passthrough::of);
    }

    @GET
    @Path("/{id}/history")
    @PermitAll
    @SecurityRequirementsSet(@SecurityRequirement(name = ApiResponses.BEARER))
    @SecurityRequirementsSet(@SecurityRequirement(name = ApiResponses.OIDC))
    @Operation(operationId = "getClaimHistory", summary = "Get the audit history of a claim",
            description = "Every change: who, when, from → to, reason. Oldest first.")
    @APIResponse(responseCode = "200", description = "The history",
            content = @Content(schema = @Schema(implementation = ClaimDocs.HistoryPage.class)))
    @APIResponse(responseCode = "401", ref = ApiResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiResponses.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    @APIResponse(responseCode = "503", ref = ApiResponses.UNAVAILABLE)
    public Uni<Response> history(@RestPath UUID id) {
        return claims.view(id.toString(), ClaimView.HISTORY).map(Passthrough::of);
    }

    @GET
    @Path("/{id}/matches")
    @RolesAllowed({Roles.EDITOR, Roles.VERIFIER, Roles.ADMIN})
    @SecurityRequirementsSet(@SecurityRequirement(name = ApiResponses.BEARER))
    @SecurityRequirementsSet(@SecurityRequirement(name = ApiResponses.OIDC))
    @Operation(operationId = "listClaimMatches", summary = "List the claim's matches across articles",
            description = "Claims of any article, in either language, that the matching engine related to this one "
                    + "(SAME, UPDATE, CONFLICT or RELATED) when either was created or edited, with score and "
                    + "staff's decision; best score first. Staff only: matches may name claims of drafts.")
    @APIResponse(responseCode = "200", description = "The matches",
            content = @Content(schema = @Schema(implementation = ClaimDocs.StoredMatchPage.class)))
    @APIResponse(responseCode = "401", ref = ApiResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiResponses.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    @APIResponse(responseCode = "503", ref = ApiResponses.UNAVAILABLE)
    public Uni<Response> matches(@RestPath UUID id) {
        return claims.view(id.toString(), ClaimView.MATCHES).map(Passthrough::of);
    }

    @GET
    @Path("/{id}/timeline")
    @RolesAllowed({Roles.EDITOR, Roles.VERIFIER, Roles.ADMIN})
    @SecurityRequirementsSet(@SecurityRequirement(name = ApiResponses.BEARER))
    @SecurityRequirementsSet(@SecurityRequirement(name = ApiResponses.OIDC))
    @Operation(operationId = "getClaimTimeline", summary = "Get the running count a claim belongs to",
            description = "The claim and the claims linked to it by confirmed UPDATE matches, directly or through "
                    + "each other, oldest report first, with claimant, article and status; an older figure names "
                    + "the newer one in supersededBy.")
    @APIResponse(responseCode = "200", description = "The figures in report order",
            content = @Content(schema = @Schema(implementation = ClaimDocs.Timeline.class)))
    @APIResponse(responseCode = "401", ref = ApiResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiResponses.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    @APIResponse(responseCode = "503", ref = ApiResponses.UNAVAILABLE)
    public Uni<Response> timeline(@RestPath UUID id) {
        return claims.view(id.toString(), ClaimView.TIMELINE).map(Passthrough::of);
    }

    @POST
    @Path("/{id}/matches/{otherId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.EDITOR, Roles.VERIFIER, Roles.ADMIN})
    @SecurityRequirementsSet(@SecurityRequirement(name = ApiResponses.BEARER))
    @SecurityRequirementsSet(@SecurityRequirement(name = ApiResponses.OIDC))
    @Operation(operationId = "decideClaimMatch", summary = "Confirm or reject a match",
            description = "Decides the match for both claims and records it in both claims' history.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ClaimDocs.MatchDecision.class),
            examples = @ExampleObject(name = "confirm", value = Examples.MATCH_DECISION)))
    @APIResponse(responseCode = "200", description = "The decided match",
            content = @Content(schema = @Schema(implementation = ClaimDocs.StoredMatch.class)))
    @APIResponse(responseCode = "400", ref = ApiResponses.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ApiResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiResponses.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    @APIResponse(responseCode = "429", ref = ApiResponses.TOO_MANY_REQUESTS)
    @APIResponse(responseCode = "503", ref = ApiResponses.UNAVAILABLE)
    public Uni<Response> decideMatch(@RestPath UUID id, @RestPath UUID otherId, String decision) {
        return claims.decideMatch(id.toString(), otherId.toString(), decision).map(Passthrough::of);
    }

    @GET
    @Path("/{id}/claimreview")
    @PermitAll
    @SecurityRequirementsSet
    @SecurityRequirementsSet(@SecurityRequirement(name = ApiResponses.BEARER))
    @SecurityRequirementsSet(@SecurityRequirement(name = ApiResponses.OIDC))
    @Produces({"application/ld+json", MediaType.APPLICATION_JSON})
    @Operation(operationId = "getClaimReview", summary = "Get the schema.org ClaimReview of a claim",
            description = "JSON-LD for search engines and fact-check aggregators; only for approved verdicts.")
    @APIResponse(responseCode = "200", description = "The ClaimReview",
            content = @Content(mediaType = "application/ld+json",
                    schema = @Schema(implementation = ClaimDocs.ClaimReview.class)))
    @APIResponse(responseCode = "401", ref = ApiResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiResponses.CONFLICT)
    @APIResponse(responseCode = "503", ref = ApiResponses.UNAVAILABLE)
    public Uni<Response> claimReview(@RestPath UUID id) {
        return claims.view(id.toString(), ClaimView.CLAIMREVIEW).map(Passthrough::of);
    }
}
