package no.newsroom.claims.mapping;

import no.newsroom.claims.domain.Anchor;
import no.newsroom.claims.domain.ClaimDraft;
import no.newsroom.claims.domain.ClaimEdit;
import no.newsroom.claims.domain.NextSteps;
import no.newsroom.claims.domain.ReportedQuantity;
import no.newsroom.claims.model.Claim;
import no.newsroom.claims.model.Quantity;
import no.newsroom.claims.rest.AnchorRequest;
import no.newsroom.claims.rest.ClaimEditRequest;
import no.newsroom.claims.rest.ClaimRequest;
import no.newsroom.claims.rest.ClaimResponse;
import no.newsroom.claims.rest.QuantityRequest;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

public final class ClaimMapper {

    private ClaimMapper() {
    }

    public static ClaimDraft toDraft(ClaimRequest request) {
        var anchor = request.anchor();
        return new ClaimDraft(request.articleId(),
                new Anchor(anchor.blockId(), anchor.start(), anchor.end(), anchor.quote()),
                request.statement().strip(), request.claimReviewed().strip(), blankToNull(request.claimant()),
                blankToNull(request.source()), request.language(), request.reportedAt(),
                request.independentlyConfirmed(),
                Objects.requireNonNullElse(request.quantities(), List.<QuantityRequest>of()).stream()
                        .map(ClaimMapper::toReported).toList());
    }

    /** The current editable state, the base a merge patch is applied to. */
    public static ClaimEditRequest toEditRequest(Claim claim) {
        return new ClaimEditRequest(
                new AnchorRequest(claim.anchorBlockId, claim.anchorStart, claim.anchorEnd, claim.anchorQuote),
                claim.statement, claim.claimReviewed, claim.claimant, claim.source, claim.language, claim.reportedAt,
                claim.independentlyConfirmed,
                claim.quantities.stream().map(q -> new QuantityRequest(clean(q.value), clean(q.low), clean(q.high),
                        q.qualifier, q.unit, q.partOf)).toList(),
                claim.assignee, claim.recheckBy, claim.supersededBy);
    }

    public static ClaimEdit toEdit(ClaimEditRequest request) {
        var anchor = request.anchor();
        return new ClaimEdit(new Anchor(anchor.blockId(), anchor.start(), anchor.end(), anchor.quote()),
                request.statement().strip(), request.claimReviewed().strip(), blankToNull(request.claimant()),
                blankToNull(request.source()), request.language(), request.reportedAt(),
                request.independentlyConfirmed(),
                request.quantities().stream().map(ClaimMapper::toReported).toList(),
                blankToNull(request.assignee()), request.recheckBy(), request.supersededBy());
    }

    /**
     * Readers see only what has been approved for publication.
     *
     * @param newerClaims the claims superseding others that the caller may see, by id
     */
    public static ClaimResponse toPublicResponse(Claim claim, Map<UUID, Claim> newerClaims) {
        return toResponse(claim, null, newerClaims);
    }

    /** Staff see the working state and what they may do next. */
    public static ClaimResponse toStaffResponse(Claim claim, NextSteps nextSteps, Map<UUID, Claim> newerClaims) {
        return toResponse(claim, nextSteps, newerClaims);
    }

    /** The quantities of a claim as the API shows them. */
    public static List<ClaimResponse.QuantityView> quantitiesOf(Claim claim) {
        return claim.quantities.stream().map(ClaimMapper::toView).toList();
    }

    private static ClaimResponse toResponse(Claim claim, NextSteps nextSteps, Map<UUID, Claim> newerClaims) {
        boolean staffView = nextSteps != null;
        Claim newer = claim.supersededBy == null ? null : newerClaims.get(claim.supersededBy);
        boolean verdictPublic = claim.publicStatus.isVerdict();
        return new ClaimResponse(claim.id, claim.articleId,
                new ClaimResponse.AnchorView(claim.anchorBlockId, claim.anchorStart, claim.anchorEnd, claim.anchorQuote),
                claim.anchorLost, claim.statement, claim.claimReviewed, claim.claimant, claim.source, claim.language,
                claim.reportedAt, claim.independentlyConfirmed,
                quantitiesOf(claim),
                staffView ? claim.status : claim.publicStatus,
                claim.publicStatus,
                staffView && claim.pendingApproval,
                staffView ? claim.proposedBy : null,
                staffView || (verdictPublic && !claim.pendingApproval) ? claim.verdictRationale : null,
                staffView ? claim.approvedBy : null,
                claim.approvedAt,
                staffView ? claim.assignee : null,
                staffView ? claim.recheckBy : null, claim.supersededBy,
                newer == null ? null : toNewerFigure(newer), staffView ? claim.openConflict : null,
                staffView ? claim.verdictSharedFrom : null,
                claim.withdrawnAt, claim.withdrawalReason,
                staffView ? claim.createdBy : null,
                claim.createdAt, claim.updatedAt, claim.version,
                staffView ? List.copyOf(nextSteps.allowedTransitions()) : null,
                staffView ? nextSteps.mayApprove() : null);
    }

    private static ClaimResponse.NewerFigure toNewerFigure(Claim newer) {
        return new ClaimResponse.NewerFigure(newer.id, newer.articleId, newer.claimant, newer.reportedAt,
                newer.quantities.stream().map(ClaimMapper::toView).toList());
    }

    private static ReportedQuantity toReported(QuantityRequest q) {
        return new ReportedQuantity(q.value(), q.low(), q.high(), q.qualifier(), blankToNull(q.unit()), q.partOf());
    }

    private static ClaimResponse.QuantityView toView(Quantity q) {
        return new ClaimResponse.QuantityView(clean(q.value), clean(q.low), clean(q.high), q.qualifier, q.unit,
                q.partOf);
    }

    /** numeric(20,4) comes back as 4.0000; clients expect 4. */
    private static BigDecimal clean(BigDecimal number) {
        return number == null ? null : number.stripTrailingZeros().scale() < 0
                ? number.setScale(0) : number.stripTrailingZeros();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
