package no.newsroom.claims.rest;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.newsroom.claims.mapping.ClaimMapper;
import no.newsroom.claims.model.Claim;
import no.newsroom.claims.repository.Page;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ReviewQueuePage", description = "One page of the review queue, and how many claims have an "
        + "unresolved CONFLICT match")
public record ReviewQueueResponse(List<ClaimResponse> items, String nextCursor, long total,
                                  @Schema(example = "2") long conflicts) {

    static ReviewQueueResponse of(Page<Claim> page, Map<UUID, Claim> newerClaims, long conflicts) {
        PageResponse<ClaimResponse> claims = PageResponse.of(page,
                claim -> ClaimMapper.toResponse(claim, true, newerClaims));
        return new ReviewQueueResponse(claims.items(), claims.nextCursor(), claims.total(), conflicts);
    }
}
