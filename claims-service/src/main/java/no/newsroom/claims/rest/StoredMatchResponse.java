package no.newsroom.claims.rest;

import java.time.Instant;
import java.util.UUID;
import no.newsroom.claims.domain.MatchState;
import no.newsroom.claims.matching.Relation;
import no.newsroom.claims.model.Claim;
import no.newsroom.claims.service.StoredMatchingService.MatchWithClaim;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "StoredMatch", description = "Another claim the engine related to this one, and staff's decision")
public record StoredMatchResponse(
        ClaimSummary claim,
        @Schema(example = "SAME") Relation relation,
        @Schema(example = "0.93") double score,
        @Schema(example = "SUGGESTED") MatchState state,
        @Schema(example = "vera", nullable = true) String decidedBy,
        @Schema(nullable = true) Instant decidedAt) {

    @Schema(name = "MatchedClaim", description = "The other claim, in short")
    public record ClaimSummary(
            UUID id,
            UUID articleId,
            @Schema(example = "Ukrainian authorities say they have shot down four Russian aircraft.") String statement,
            @Schema(example = "Ukrainian authorities", nullable = true) String claimant,
            @Schema(example = "en") String language,
            @Schema(nullable = true) Instant reportedAt,
            @Schema(example = "UNVERIFIED") String status) {
    }

    static StoredMatchResponse of(MatchWithClaim found) {
        Claim other = found.other();
        var summary = new ClaimSummary(other.id, other.articleId, other.statement, other.claimant, other.language,
                other.reportedAt, other.status.name());
        var match = found.match();
        return new StoredMatchResponse(summary, match.relation(), match.score(), match.state(), match.decidedBy(),
                match.decidedAt());
    }
}
