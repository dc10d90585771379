package no.newsroom.claims.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A claim as an editor records it from an article. */
public record ClaimDraft(UUID articleId, Anchor anchor, String statement, String claimReviewed, String claimant,
                         String source, String language, Instant reportedAt, Boolean independentlyConfirmed,
                         List<ReportedQuantity> quantities) {
}
