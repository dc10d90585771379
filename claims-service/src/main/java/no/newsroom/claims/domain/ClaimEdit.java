package no.newsroom.claims.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The editable state of a claim after a merge patch: content fields, then the desk's assignment fields. */
public record ClaimEdit(Anchor anchor, String statement, String claimReviewed, String claimant, String source,
                        String language, Instant reportedAt, Boolean independentlyConfirmed,
                        List<ReportedQuantity> quantities, String assignee, Instant recheckBy, UUID supersededBy) {
}
