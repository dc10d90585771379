package no.newsroom.claims.matching;

import java.time.Instant;

/** A claim as the matcher sees it: what is asserted, by whom, relayed by whom, in which language and when. */
public record ClaimText(String id, String statement, String claimant, String source, String language,
                        Instant reportedAt) {
}
