package no.newsroom.claims.rest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import no.newsroom.claims.mapping.ClaimMapper;
import no.newsroom.claims.model.Claim;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TimelineEntry", description = "One figure of a running count, as one claimant reported it")
public record TimelineEntryResponse(
        UUID claimId,
        UUID articleId,
        @Schema(example = "Ukraine's military now says it has downed 7 Russian aircraft.") String statement,
        @Schema(example = "Ukraine's military", nullable = true) String claimant,
        @Schema(example = "en") String language,
        @Schema(description = "Report time, or the time the claim was stored when the report time is unknown")
        Instant reportedAt,
        List<ClaimResponse.QuantityView> quantities,
        @Schema(example = "UNVERIFIED") String status,
        @Schema(nullable = true) UUID supersededBy) {

    static TimelineEntryResponse of(Claim claim) {
        return new TimelineEntryResponse(claim.id, claim.articleId, claim.statement, claim.claimant, claim.language,
                claim.reportedAt != null ? claim.reportedAt : claim.createdAt,
                ClaimMapper.quantitiesOf(claim), claim.status.name(), claim.supersededBy);
    }
}
