package no.newsroom.gateway.openapi;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Claim shapes as the API document shows them; documentation only, like {@link ArticleDocs}. */
public final class ClaimDocs {

    static final String STATUSES = "UNVERIFIED, IN_REVIEW, CONFIRMED, PARTLY_CONFIRMED, FALSE, MISLEADING, "
            + "UNVERIFIABLE";

    private ClaimDocs() {
    }

    @Schema(name = "Claim", description = "A claim with its verification state. Readers see status = "
            + "publicStatus and neither pendingApproval nor proposedBy; staff also see a proposed verdict.")
    public record Claim(
            @Schema(example = Examples.CLAIM_ID) UUID id,
            @Schema(example = Examples.ARTICLE_ID) UUID articleId,
            Anchor anchor,
            @Schema(example = "false") boolean anchorLost,
            @Schema(example = Examples.STATEMENT) String statement,
            @Schema(example = Examples.CLAIM_REVIEWED, maxLength = 140) String claimReviewed,
            @Schema(example = "Ukrainske myndigheter") String claimant,
            @Schema(example = "Interfax Ukraine", nullable = true) String source,
            @Schema(example = "nb") String language,
            @Schema(example = Examples.TIMESTAMP) Instant reportedAt,
            @Schema(example = "false", nullable = true) Boolean independentlyConfirmed,
            List<Quantity> quantities,
            @Schema(description = "One of " + STATUSES, example = "UNVERIFIABLE") String status,
            @Schema(description = "The approved status readers see", example = "IN_REVIEW") String publicStatus,
            @Schema(example = "true", description = "Staff only") Boolean pendingApproval,
            @Schema(example = "kari", description = "Staff only") String proposedBy,
            @Schema(example = "Ingen uavhengige kilder bekrefter tallene.") String verdictRationale,
            @Schema(example = "kari") String assignee,
            @Schema(example = "2022-03-21T12:00:00Z") Instant recheckBy,
            @Schema(nullable = true) UUID supersededBy,
            @Schema(example = "3") long version,
            @Schema(nullable = true, example = "[\"IN_REVIEW\", \"UNVERIFIED\"]", description = "Staff only "
                    + "(null for readers): the statuses the caller may move the claim to now with POST "
                    + "/claims/{id}/transitions, from " + STATUSES + "; empty for editors and withdrawn claims. "
                    + "Clients offer these instead of keeping their own copy of the workflow.")
            List<String> allowedTransitions,
            @Schema(nullable = true, example = "true", description = "Staff only (null for readers): whether the "
                    + "caller may approve the proposed verdict now (POST /claims/{id}/approval): a verifier other "
                    + "than its proposer. The evidence rules are checked again when approving.")
            Boolean mayApprove) {
    }

    @Schema(name = "Anchor", description = "Where in the article the claim is made: a block and character offsets")
    public record Anchor(
            @Schema(example = Examples.BLOCK_ID) UUID blockId,
            @Schema(example = "0") int start,
            @Schema(example = "108") int end,
            @Schema(example = Examples.STATEMENT) String quote) {
    }

    @Schema(name = "Quantity", description = "A number the claim asserts; partOf points to the parent count of a "
            + "sub-count")
    public record Quantity(
            @Schema(example = "4") BigDecimal value,
            @Schema(nullable = true) BigDecimal low,
            @Schema(nullable = true) BigDecimal high,
            @Schema(enumeration = {"EXACT", "AT_LEAST", "AT_MOST", "APPROXIMATE", "RANGE"}, example = "EXACT")
            String qualifier,
            @Schema(example = "fly") String unit,
            @Schema(nullable = true, example = "0") Integer partOf) {
    }

    @Schema(name = "ClaimDraft", description = "A claim to record; it starts UNVERIFIED")
    public record ClaimDraft(
            @Schema(example = Examples.ARTICLE_ID) UUID articleId,
            Anchor anchor,
            @Schema(example = Examples.STATEMENT) String statement,
            @Schema(example = Examples.CLAIM_REVIEWED, maxLength = 140) String claimReviewed,
            @Schema(example = "Ukrainske myndigheter") String claimant,
            @Schema(example = "Interfax Ukraine") String source,
            @Schema(example = "nb") String language,
            @Schema(example = "false") Boolean independentlyConfirmed,
            List<Quantity> quantities) {
    }

    @Schema(name = "ClaimPatch", description = "JSON merge patch (RFC 7396) of a claim's editable fields")
    public record ClaimPatch(
            @Schema(example = "kari") String assignee,
            @Schema(example = "2022-03-21T12:00:00Z") Instant recheckBy,
            @Schema(nullable = true) UUID supersededBy,
            @Schema(example = Examples.CLAIM_REVIEWED) String claimReviewed,
            @Schema(example = "Ukrainske myndigheter") String claimant,
            @Schema(example = "Interfax Ukraine") String source) {
    }

    @Schema(name = "ClaimPage", description = "One page of claims")
    public record ClaimPage(List<Claim> items,
                            @Schema(nullable = true, example = "eyJpZCI6ImM0YTEifQ") String nextCursor,
                            @Schema(example = "5") long total) {
    }

    @Schema(name = "Transition", description = "A workflow step. A verdict needs a rationale; reopening needs a "
            + "reason.")
    public record Transition(
            @Schema(description = "One of " + STATUSES, example = "UNVERIFIABLE") String to,
            @Schema(example = "Ingen uavhengige kilder bekrefter tallene.") String rationale,
            @Schema(example = "Nye opplysninger fra Reuters") String reason) {
    }

    @Schema(name = "Withdrawal", description = "Withdraws a claim; nothing is deleted")
    public record Withdrawal(@Schema(example = "Duplikat av en påstand i samme avsnitt") String reason) {
    }

    @Schema(name = "EvidenceDraft")
    public record EvidenceDraft(
            @Schema(enumeration = {"OFFICIAL_STATEMENT", "INDEPENDENT_REPORT", "DOCUMENT", "MEDIA", "OSINT", "EXPERT",
                    "OTHER"}, example = "OFFICIAL_STATEMENT") String type,
            @Schema(example = "https://www.kmu.gov.ua/en") String url,
            @Schema(example = "Ukrainske myndigheters daglige oppdatering om tap") String description,
            @Schema(example = "false") boolean independent) {
    }

    @Schema(name = "Evidence")
    public record Evidence(
            @Schema(example = "5d8e2a14-6c3b-4f7e-8a9d-1b2c3d4e5f60") UUID id,
            @Schema(enumeration = {"OFFICIAL_STATEMENT", "INDEPENDENT_REPORT", "DOCUMENT", "MEDIA", "OSINT", "EXPERT",
                    "OTHER"}, example = "OFFICIAL_STATEMENT") String type,
            @Schema(example = "https://www.kmu.gov.ua/en") String url,
            @Schema(example = "Ukrainske myndigheters daglige oppdatering om tap") String description,
            @Schema(example = "false") boolean independent,
            @Schema(example = "kari") String addedBy,
            @Schema(example = Examples.TIMESTAMP) Instant addedAt) {
    }

    @Schema(name = "EvidencePage")
    public record EvidencePage(List<Evidence> items, @Schema(nullable = true) String nextCursor,
                               @Schema(example = "1") long total) {
    }

    @Schema(name = "HistoryEntry", description = "One immutable audit entry")
    public record HistoryEntry(
            @Schema(example = Examples.TIMESTAMP) Instant at,
            @Schema(example = "kari") String actor,
            @Schema(example = "transition") String action,
            @Schema(example = "status") String field,
            @Schema(example = "UNVERIFIED") String from,
            @Schema(example = "IN_REVIEW") String to,
            @Schema(example = "Nye opplysninger fra Reuters", nullable = true) String reason) {
    }

    @Schema(name = "HistoryPage")
    public record HistoryPage(List<HistoryEntry> items, @Schema(nullable = true) String nextCursor,
                              @Schema(example = "3") long total) {
    }

    @Schema(name = "ClaimReview", description = "schema.org ClaimReview (JSON-LD) of an approved verdict")
    public record ClaimReview(
            @JsonProperty("@context") @Schema(example = "https://schema.org") String context,
            @JsonProperty("@type") @Schema(example = "ClaimReview") String type,
            @Schema(example = Examples.CLAIM_REVIEWED) String claimReviewed,
            @Schema(example = "2022-03-15") String datePublished,
            @Schema(example = "https://newsroom.example/claims/" + Examples.CLAIM_ID) String url,
            @Schema(description = "schema.org Rating of the verdict") Object reviewRating,
            @Schema(description = "schema.org Claim with its author (the claimant) and appearance")
            Object itemReviewed,
            @Schema(description = "schema.org Organization publishing the review") Object author) {
    }

    @Schema(name = "ExtractionRequest")
    public record ExtractionRequest(
            @Schema(example = Examples.STATEMENT, maxLength = 100_000) String text,
            @Schema(example = "nb", description = "Detected when absent") String language) {
    }

    @Schema(name = "ClaimCandidate", description = "A sentence that reports a checkable claim")
    public record ClaimCandidate(
            @Schema(example = Examples.STATEMENT) String statement,
            @Schema(example = "0") int start,
            @Schema(example = "108") int end,
            @Schema(example = "Ukrainske myndigheter") String claimant,
            @Schema(nullable = true, example = "Interfax Ukraine") String source,
            @Schema(example = "false", nullable = true) Boolean independentlyConfirmed,
            List<Quantity> quantities) {
    }

    @Schema(name = "Extraction", description = "Claim candidates found in a text; nothing is stored")
    public record Extraction(@Schema(example = "nb") String language, List<ClaimCandidate> candidates) {
    }

    @Schema(name = "ArticleExtraction", description = "The article's extracted claims in text order: those stored "
            + "now (created) and those an earlier extraction had stored (existing); repeating it stores nothing twice")
    public record ArticleExtraction(@Schema(example = "0b6f6c9e-1f0a-4a53-8c9a-5d1f1e2b7c44") UUID articleId,
                                    @Schema(example = "2") int created, @Schema(example = "0") int existing,
                                    List<Claim> claims) {
    }
}
