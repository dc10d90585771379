package no.newsroom.gateway.openapi;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Claim shapes as the API document shows them; documentation only, like {@link ArticleDocs}. Past 300 lines on
 * purpose: it is a flat list of some thirty schema records, one per shape of the claims API, that refer to each
 * other (a page holds claims, a claim its anchor, quantities and verdict); kept together they read like the
 * schema section of the document, and there is no logic in it to separate.
 */
public final class ClaimDocs {

    static final String STATUSES = "UNVERIFIED, IN_REVIEW, CONFIRMED, PARTLY_CONFIRMED, FALSE, MISLEADING, "
            + "UNVERIFIABLE";

    private ClaimDocs() {
    }

    @Schema(name = "ClaimStatus", description = "Where a claim stands in the verification workflow")
    public enum Status { UNVERIFIED, IN_REVIEW, CONFIRMED, PARTLY_CONFIRMED, FALSE, MISLEADING, UNVERIFIABLE }

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
            @Schema(example = Examples.TIMESTAMP, nullable = true) Instant reportedAt,
            @Schema(example = "false", nullable = true) Boolean independentlyConfirmed,
            List<Quantity> quantities,
            @Schema(example = "UNVERIFIABLE") Status status,
            @Schema(description = "The approved status readers see", example = "IN_REVIEW") Status publicStatus,
            @Schema(example = "true", description = "Staff only") Boolean pendingApproval,
            @Schema(example = "kari", description = "Staff only", nullable = true) String proposedBy,
            @Schema(example = "Ingen uavhengige kilder bekrefter tallene.", nullable = true) String verdictRationale,
            @Schema(example = "vera", nullable = true) String approvedBy,
            @Schema(example = "2022-03-15T10:00:00Z", nullable = true) Instant approvedAt,
            @Schema(example = "kari", nullable = true) String assignee,
            @Schema(example = "2022-03-21T12:00:00Z", nullable = true) Instant recheckBy,
            @Schema(nullable = true) UUID supersededBy,
            @Schema(nullable = true, description = "For a claim superseded by a confirmed UPDATE match: the newer "
                    + "figure and where it comes from; null when the newer claim is withdrawn or, for readers, not "
                    + "on a published article") NewerFigure newerFigure,
            @Schema(example = "false", nullable = true, description = "Staff only: a suggested or confirmed "
                    + "CONFLICT match with another claim is not yet rejected") Boolean conflict,
            @Schema(nullable = true, description = "Staff only: the claim of the same group (confirmed SAME "
                    + "matches) whose approved verdict was proposed on this one") UUID verdictSharedFrom,
            @Schema(nullable = true) Instant withdrawnAt,
            @Schema(example = "Duplikat av en påstand i samme avsnitt", nullable = true) String withdrawalReason,
            @Schema(example = "kari") String createdBy,
            @Schema(example = Examples.TIMESTAMP) Instant createdAt,
            @Schema(example = Examples.TIMESTAMP) Instant updatedAt,
            @Schema(example = "3") long version,
            @Schema(nullable = true, example = "[\"IN_REVIEW\", \"UNVERIFIED\"]", description = "Staff only "
                    + "(null for readers): the statuses the caller may move the claim to now with POST "
                    + "/claims/{id}/transitions, from " + STATUSES + "; empty for editors and withdrawn claims. "
                    + "Clients offer these instead of keeping their own copy of the workflow.")
            List<Status> allowedTransitions,
            @Schema(nullable = true, example = "true", description = "Staff only (null for readers): whether the "
                    + "caller may approve the proposed verdict now (POST /claims/{id}/approval): a verifier other "
                    + "than its proposer. The evidence rules are checked again when approving.")
            Boolean mayApprove) {
    }

    @Schema(name = "NewerFigure", description = "The figures of the claim that supersedes this one")
    public record NewerFigure(
            @Schema(example = Examples.NEWER_CLAIM_ID) UUID claimId,
            @Schema(example = Examples.NEWER_ARTICLE_ID) UUID articleId,
            @Schema(example = "Ukraine's military") String claimant,
            @Schema(example = "2022-03-21T09:00:00Z") Instant reportedAt,
            List<Quantity> quantities) {
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
            @Schema(example = "2022-03-14T08:00:00Z", description = "When the claimant made it") Instant reportedAt,
            @Schema(example = "false") Boolean independentlyConfirmed,
            List<Quantity> quantities) {
    }

    @Schema(name = "ClaimPatch", description = "JSON merge patch (RFC 7396) of a claim's editable fields; null "
            + "clears an optional one. Content fields need the editor role; assignee, recheckBy and supersededBy "
            + "editor or verifier.")
    public record ClaimPatch(
            @Schema(example = "kari", nullable = true) String assignee,
            @Schema(example = "2022-03-21T12:00:00Z", nullable = true) Instant recheckBy,
            @Schema(nullable = true) UUID supersededBy,
            Anchor anchor,
            @Schema(example = Examples.STATEMENT) String statement,
            @Schema(example = Examples.CLAIM_REVIEWED) String claimReviewed,
            @Schema(example = "Ukrainske myndigheter", nullable = true) String claimant,
            @Schema(example = "Interfax Ukraine", nullable = true) String source,
            @Schema(example = "nb") String language,
            @Schema(example = "2022-03-14T08:00:00Z", nullable = true) Instant reportedAt,
            @Schema(example = "false", nullable = true) Boolean independentlyConfirmed,
            List<Quantity> quantities) {
    }

    @Schema(name = "ReviewQueuePage", description = "One page of the review queue; conflicts counts the claims "
            + "with an unresolved CONFLICT match (listed by /claims?conflict=true)")
    public record ReviewQueuePage(List<Claim> items,
                                  @Schema(nullable = true, example = "eyJpZCI6ImM0YTEifQ") String nextCursor,
                                  @Schema(example = "5") long total,
                                  @Schema(example = "2") long conflicts) {
    }

    @Schema(name = "ClaimPage", description = "One page of claims")
    public record ClaimPage(List<Claim> items,
                            @Schema(nullable = true, example = "eyJpZCI6ImM0YTEifQ") String nextCursor,
                            @Schema(example = "5") long total) {
    }

    @Schema(name = "Transition", description = "A workflow step. A verdict needs a rationale; reopening needs a "
            + "reason.")
    public record Transition(
            @Schema(example = "UNVERIFIABLE") Status to,
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
            @Schema(example = Examples.TIMESTAMP) Instant addedAt,
            @Schema(example = Examples.CLAIM_ID) UUID claimId,
            @Schema(example = "true", description = "A verdict used it, so it can be superseded but not removed")
            boolean reliedOn,
            @Schema(example = "false") boolean superseded,
            @Schema(nullable = true) Instant supersededAt,
            @Schema(nullable = true, description = "The evidence that replaces it") String supersededBy,
            @Schema(nullable = true, example = "Kilden har trukket tallene tilbake") String supersedeReason,
            @Schema(nullable = true, description = "The claim this item was copied from with a shared verdict")
            UUID takenFrom) {
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
            @Schema(description = "schema.org Rating of the verdict") Rating reviewRating,
            @Schema(description = "schema.org Claim with its author (the claimant) and appearance")
            ReviewedClaim itemReviewed,
            @Schema(description = "schema.org Organization publishing the review") Party author) {
    }

    @Schema(name = "Rating", description = "schema.org Rating: the verdict on a scale from worstRating to bestRating")
    public record Rating(
            @JsonProperty("@type") @Schema(example = "Rating") String type,
            @Schema(example = "5") int ratingValue,
            @Schema(example = "5") int bestRating,
            @Schema(example = "1") int worstRating,
            @Schema(example = "CONFIRMED") String alternateName) {
    }

    @Schema(name = "ReviewedClaim", description = "schema.org Claim: who made it and where it appeared")
    public record ReviewedClaim(
            @JsonProperty("@type") @Schema(example = "Claim") String type,
            Party author,
            @Schema(example = "2022-03-14") String datePublished,
            Appearance appearance) {
    }

    @Schema(name = "Party", description = "schema.org Organization or Person")
    public record Party(
            @JsonProperty("@type") @Schema(example = "Organization") String type,
            @Schema(example = "Newsroom faktasjekk") String name,
            @Schema(example = "https://newsroom.example") String url) {
    }

    @Schema(name = "Appearance", description = "schema.org CreativeWork the claim appeared in")
    public record Appearance(
            @JsonProperty("@type") @Schema(example = "CreativeWork") String type,
            @Schema(example = "https://newsroom.example/articles/" + Examples.ARTICLE_ID) String url) {
    }

    @Schema(name = "ExtractionRequest")
    public record ExtractionRequest(
            @Schema(example = Examples.STATEMENT, maxLength = 100_000) String text,
            @Schema(example = "nb", description = "Detected when absent", nullable = true) String language) {
    }

    @Schema(name = "MatchClaim", description = "A claim to match; its figures are read from the statement")
    public record MatchClaim(
            @Schema(example = "repeat-en", nullable = true, maxLength = 100) String id,
            @Schema(required = true, maxLength = 5_000, example = Examples.STATEMENT) String statement,
            @Schema(example = "Ukrainske myndigheter", nullable = true, maxLength = 300) String claimant,
            @Schema(example = "Reuters", nullable = true, maxLength = 300) String source,
            @Schema(required = true, example = "nb", description = "nb or en (BCP 47)") String language,
            @Schema(example = "2022-03-14T08:00:00Z", nullable = true) Instant reportedAt) {
    }

    @Schema(name = "MatchRequest", description = "A claim and up to 100 candidates to relate it to")
    public record MatchRequest(
            @Schema(required = true) MatchClaim claim,
            @Schema(required = true, maxItems = 100) List<MatchClaim> candidates) {
    }

    @Schema(name = "Match", description = "How one candidate relates to the claim")
    public record Match(
            @Schema(example = "repeat-en", nullable = true, description = "The candidate's id as sent") String id,
            @Schema(enumeration = {"SAME", "UPDATE", "CONFLICT", "RELATED", "UNRELATED"}, example = "SAME",
                    description = "SAME: the same assertion with compatible figures by the same or an equivalent "
                            + "claimant, in any language; UPDATE: the same claimant's figure for the same running "
                            + "count at another time; CONFLICT: the same count and time frame with incompatible "
                            + "figures; RELATED: the same event or subject, another assertion; UNRELATED: anything "
                            + "else") String relation,
            @Schema(example = "0.93", minimum = "0", maximum = "1",
                    description = "How alike the two claims' subjects are") double score) {
    }

    @Schema(name = "MatchedClaim", description = "The other claim of a stored match, in short")
    public record MatchedClaim(
            @Schema(example = Examples.CLAIM_ID) UUID id,
            @Schema(example = Examples.ARTICLE_ID) UUID articleId,
            @Schema(example = "Ukrainian authorities say they have shot down four Russian aircraft, including three "
                    + "helicopters, over the past day.") String statement,
            @Schema(example = "Ukrainian authorities", nullable = true) String claimant,
            @Schema(example = "en") String language,
            @Schema(example = "2022-03-14T10:30:00Z", nullable = true) Instant reportedAt,
            @Schema(description = "One of " + STATUSES, example = "UNVERIFIED") String status) {
    }

    @Schema(name = "StoredMatch", description = "A claim of any article that the engine related to this one when "
            + "either was created or edited, and staff's decision on it")
    public record StoredMatch(
            MatchedClaim claim,
            @Schema(enumeration = {"SAME", "UPDATE", "CONFLICT", "RELATED"}, example = "SAME") String relation,
            @Schema(example = "0.93", minimum = "0", maximum = "1") double score,
            @Schema(enumeration = {"SUGGESTED", "CONFIRMED", "REJECTED"}, example = "SUGGESTED") String state,
            @Schema(example = "vera", nullable = true) String decidedBy,
            @Schema(example = "2022-03-14T11:00:00Z", nullable = true) Instant decidedAt) {
    }

    @Schema(name = "StoredMatchPage", description = "A claim's stored matches, best score first")
    public record StoredMatchPage(List<StoredMatch> items, @Schema(nullable = true) String nextCursor,
                                  @Schema(example = "2") long total) {
    }

    @Schema(name = "TimelineEntry", description = "One figure of a running count, as its claimant reported it")
    public record TimelineEntry(
            @Schema(example = Examples.CLAIM_ID) UUID claimId,
            @Schema(example = Examples.ARTICLE_ID) UUID articleId,
            @Schema(example = "Ukraine's military now says it has downed 7 Russian aircraft in the past 48 hours.")
            String statement,
            @Schema(example = "Ukraine's military", nullable = true) String claimant,
            @Schema(example = "en") String language,
            @Schema(example = "2022-03-15T09:00:00Z", description = "Report time, or when the claim was stored if "
                    + "the report time is unknown") Instant reportedAt,
            List<Quantity> quantities,
            @Schema(description = "One of " + STATUSES, example = "UNVERIFIED") String status,
            @Schema(nullable = true, description = "The newer figure's claim") UUID supersededBy) {
    }

    @Schema(name = "Timeline", description = "A running count's figures, oldest report first")
    public record Timeline(List<TimelineEntry> items, @Schema(nullable = true) String nextCursor,
                           @Schema(example = "2") long total) {
    }

    @Schema(name = "MatchDecision", description = "Confirms or rejects a stored match; relation, when given, "
            + "corrects the engine's")
    public record MatchDecision(
            @Schema(required = true, enumeration = {"CONFIRMED", "REJECTED"}, example = "CONFIRMED") String decision,
            @Schema(enumeration = {"SAME", "UPDATE", "CONFLICT", "RELATED"}, nullable = true, example = "SAME")
            String relation) {
    }

    @Schema(name = "MatchResult", description = "One match per candidate, in candidate order")
    public record MatchResult(List<Match> matches) {
    }

    @Schema(name = "ClaimCandidate", description = "A sentence that reports a checkable claim; nothing is stored")
    public record ClaimCandidate(
            @Schema(example = Examples.STATEMENT) String sentence,
            @Schema(example = "0") int start,
            @Schema(example = "108") int end,
            @Schema(example = "Ukrainske myndigheter", nullable = true) String claimant,
            @Schema(nullable = true, example = "Interfax Ukraine") String source,
            @Schema(example = "false", description = "Hedged or not independently confirmed") boolean unconfirmed,
            List<ExtractedQuantity> quantities,
            @Schema(example = "0.82", description = "How worth checking the sentence is, from 0 to 1")
            double checkworthiness) {
    }

    @Schema(name = "ExtractedQuantity", description = "A number in a candidate sentence; text is the words it was "
            + "read from")
    public record ExtractedQuantity(
            @Schema(example = "fire russiske fly") String text,
            @Schema(example = "4") BigDecimal value,
            @Schema(nullable = true, example = "4") BigDecimal low,
            @Schema(nullable = true, example = "4") BigDecimal high,
            @Schema(enumeration = {"EXACT", "AT_LEAST", "AT_MOST", "APPROXIMATE", "RANGE"}, example = "EXACT")
            String qualifier,
            @Schema(example = "fly") String unit) {
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
