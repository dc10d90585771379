package no.newsroom.claims.rest;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import no.newsroom.claims.extraction.ExtractionResult;
import no.newsroom.claims.extraction.ExtractionService;
import no.newsroom.claims.service.ArticleExtractionService;
import no.newsroom.claims.service.ArticleExtractionService.BlockText;
import no.newsroom.support.auth.Roles;
import no.newsroom.support.rest.Problem;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Extraction", description = "Claim candidates proposed from news text")
public class ExtractionResource {

    private final ExtractionService extraction;
    private final ArticleExtractionService articleExtraction;
    private final SecurityIdentity identity;
    private final ClaimViews views;

    public ExtractionResource(ExtractionService extraction, ArticleExtractionService articleExtraction,
                              SecurityIdentity identity, ClaimViews views) {
        this.extraction = extraction;
        this.articleExtraction = articleExtraction;
        this.identity = identity;
        this.views = views;
    }

    @POST
    @Path("/extractions")
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @Operation(summary = "Find claim candidates in text",
            description = "Stateless: proposes attributed or hedged checkable statements with claimant, source, "
                    + "quantities and whether the text says they are unconfirmed. Offsets are into the given text.")
    @APIResponse(responseCode = "200", description = "The detected language and the candidates, in text order",
            content = @Content(schema = @Schema(implementation = ExtractionResult.class)))
    @APIResponse(responseCode = "400", description = "Missing text, or a language other than Norwegian or English",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid bearer token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not an editor",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ExtractionResult extract(@NotNull @Valid ExtractionRequest request) {
        return extraction.extract(request.text(), request.language());
    }

    @POST
    @Path("/article-extractions")
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @Operation(summary = "Extract and store an article's claims",
            description = "Stores each candidate as an UNVERIFIED claim anchored to its sentence. Running it again "
                    + "creates no duplicates: sentences that already anchor a claim are reported as existing.")
    @APIResponse(responseCode = "200", description = "The article's extracted claims",
            content = @Content(schema = @Schema(implementation = ArticleExtractionResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid request",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid bearer token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not an editor",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ArticleExtractionResponse extractArticle(@NotNull @Valid ArticleExtractionRequest request) {
        var blocks = request.blocks().stream()
                .map(block -> new BlockText(block.id(), block.type(), block.text()))
                .toList();
        var outcome = articleExtraction.extractAndStore(request.articleId(), request.language(), blocks,
                identity.getPrincipal().getName());
        return new ArticleExtractionResponse(request.articleId(), outcome.created(), outcome.existing(),
                outcome.claims().stream().map(views::forStaff).toList());
    }
}
