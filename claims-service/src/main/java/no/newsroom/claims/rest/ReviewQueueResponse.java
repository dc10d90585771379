package no.newsroom.claims.rest;

import java.util.List;
import java.util.function.Function;
import no.newsroom.claims.model.Claim;
import no.newsroom.support.paging.Page;
import no.newsroom.support.rest.PageResponse;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ReviewQueuePage", description = "One page of the review queue, and how many claims have an "
        + "unresolved CONFLICT match")
public record ReviewQueueResponse(List<ClaimResponse> items, @Schema(nullable = true) String nextCursor, long total,
                                  @Schema(example = "2") long conflicts) {

    static ReviewQueueResponse of(Page<Claim> page, Function<Claim, ClaimResponse> view, long conflicts) {
        PageResponse<ClaimResponse> claims = PageResponse.of(page, view);
        return new ReviewQueueResponse(claims.items(), claims.nextCursor(), claims.total(), conflicts);
    }
}
