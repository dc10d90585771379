package no.newsroom.claims.rest;

import no.newsroom.claims.model.ClaimStatus;
import no.newsroom.claims.model.Qualifier;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

@Schema(name = "Claim", description = "A claim with its verification state. Readers see status = publicStatus; "
        + "staff also see a proposed verdict awaiting approval.")
public record ClaimResponse(
        UUID id,
        UUID articleId,
        AnchorView anchor,
        boolean anchorLost,
        String statement,
        String claimReviewed,
        @Schema(nullable = true) String claimant,
        @Schema(nullable = true) String source,
        String language,
        @Schema(nullable = true) Instant reportedAt,
        @Schema(nullable = true) Boolean independentlyConfirmed,
        List<QuantityView> quantities,
        @Schema(example = "UNVERIFIED") ClaimStatus status,
        @Schema(example = "UNVERIFIED") ClaimStatus publicStatus,
        boolean pendingApproval,
        @Schema(nullable = true) String proposedBy,
        @Schema(nullable = true) String verdictRationale,
        @Schema(nullable = true) String approvedBy,
        @Schema(nullable = true) Instant approvedAt,
        @Schema(nullable = true) String assignee,
        @Schema(nullable = true) Instant recheckBy,
        @Schema(nullable = true) UUID supersededBy,
        @Schema(description = "For a claim superseded by a confirmed UPDATE match: the newer figure and where it "
                + "comes from; null when the newer claim is withdrawn or, for readers, not on a published article",
                nullable = true) NewerFigure newerFigure,
        @Schema(description = "Staff only: a suggested or confirmed CONFLICT match is not yet rejected",
                nullable = true) Boolean conflict,
        @Schema(description = "Staff only: the claim of the same group whose approved verdict was proposed on this "
                + "one", nullable = true) UUID verdictSharedFrom,
        @Schema(nullable = true) Instant withdrawnAt,
        @Schema(nullable = true) String withdrawalReason,
        @Schema(nullable = true) String createdBy,
        Instant createdAt,
        Instant updatedAt,
        long version,
        @Schema(description = "Staff only: the statuses the caller may move the claim to now (none for editors, "
                + "none once withdrawn); null for readers", nullable = true,
                example = "[\"IN_REVIEW\", \"UNVERIFIED\"]")
        List<ClaimStatus> allowedTransitions,
        @Schema(description = "Staff only: whether the caller may approve the proposed verdict now (a verifier "
                + "other than its proposer); null for readers", nullable = true, example = "false")
        Boolean mayApprove) {

    @Schema(name = "NewerFigure", description = "The figures of the claim that supersedes this one")
    public record NewerFigure(UUID claimId, UUID articleId, @Schema(nullable = true) String claimant,
                              @Schema(nullable = true) Instant reportedAt, List<QuantityView> quantities) {
    }

    @Schema(name = "AnchorView")
    public record AnchorView(UUID blockId, int start, int end, String quote) {
    }

    @Schema(name = "QuantityView")
    public record QuantityView(@Schema(nullable = true) BigDecimal value, @Schema(nullable = true) BigDecimal low,
                               @Schema(nullable = true) BigDecimal high, Qualifier qualifier,
                               @Schema(nullable = true) String unit,
                               @Schema(nullable = true) Integer partOf) {
    }
}
