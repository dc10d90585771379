package no.newsroom.claims.rest;

import java.util.List;
import no.newsroom.claims.matching.ClaimMatch;
import no.newsroom.claims.matching.Relation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "MatchResponse", description = "One match per candidate, in candidate order")
public record MatchResponse(List<Match> matches) {

    @Schema(name = "Match")
    public record Match(
            @Schema(example = "c-2", nullable = true) String id,
            @Schema(example = "SAME") Relation relation,
            @Schema(description = "How alike the two claims' subjects are, 0..1", example = "0.93") double score) {
    }

    static MatchResponse of(List<ClaimMatch> matches) {
        return new MatchResponse(matches.stream()
                .map(match -> new Match(match.id(), match.relation(), match.score()))
                .toList());
    }
}
