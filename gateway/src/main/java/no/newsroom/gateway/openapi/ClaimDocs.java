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
            + "publicStatus, pendingApproval false and null in the staff-only fields (proposedBy, assignee, "
            + "recheckBy, conflict, verdictSharedFrom, allowedTransitions, mayApprove); staff also see a proposed "
            + "verdict.")
    public record Claim(
            @Schema(required = true, example = Examples.CLAIM_ID) UUID id,
            @Schema(required = true, example = Examples.ARTICLE_ID) UUID articleId,
            @Schema(required = true) Anchor anchor,
            @Schema(required = true, example = "false") boolean anchorLost,
            @Schema(required = true, example = Examples.STATEMENT) String statement,
            @Schema(required = true, example = Examples.CLAIM_REVIEWED, maxLength = 140) String claimReviewed,
            @Schema(required = true, nullable = true, example = "Ukrainske myndigheter",
                    description = "null when nobody is named, e.g. a claim taken from an extraction without a "
                    + "claimant") String claimant,
            @Schema(required = true, example = "Interfax Ukraine", nullable = true) String source,
            @Schema(required = true, example = "nb") String language,
            @Schema(required = true, example = Examples.TIMESTAMP, nullable = true) Instant reportedAt,
            @Schema(required = true, example = "false", nullable = true) Boolean independentlyConfirmed,
            @Schema(required = true) List<Quantity> quantities,
            @Schema(required = true, example = "UNVERIFIABLE") Status status,
            @Schema(required = true, description = "The approved status readers see", example = "IN_REVIEW")
            Status publicStatus,
            @Schema(required = true, example = "true", description = "Always false for readers")
            boolean pendingApproval,
            @Schema(required = true, example = "kari", description = "Staff only", nullable = true) String proposedBy,
            @Schema(required = true, example = "Ingen uavhengige kilder bekrefter tallene.", nullable = true)
            String verdictRationale,
            @Schema(required = true, example = "vera", nullable = true) String approvedBy,
            @Schema(required = true, example = "2022-03-15T10:00:00Z", nullable = true) Instant approvedAt,
            @Schema(required = true, example = "kari", nullable = true) String assignee,
            @Schema(required = true, example = "2022-03-21T12:00:00Z", nullable = true) Instant recheckBy,
            @Schema(required = true, nullable = true) UUID supersededBy,
            // A description here would turn the nullable reference into an object that cannot be null.
            @Schema(required = true, nullable = true) NewerFigure newerFigure,
            @Schema(required = true, example = "false", nullable = true,
                    description = "Staff only: a suggested or confirmed "
                    + "CONFLICT match with another claim is not yet rejected") Boolean conflict,
            @Schema(required = true, nullable = true,
                    description = "Staff only: the claim of the same group (confirmed SAME "
                    + "matches) whose approved verdict was proposed on this one") UUID verdictSharedFrom,
            @Schema(required = true, nullable = true) Instant withdrawnAt,
            @Schema(required = true, example = "Duplikat av en påstand i samme avsnitt", nullable = true)
            String withdrawalReason,
            @Schema(required = true, nullable = true, example = "kari") String createdBy,
            @Schema(required = true, example = Examples.TIMESTAMP) Instant createdAt,
            @Schema(required = true, example = Examples.TIMESTAMP) Instant updatedAt,
            @Schema(required = true, example = "3") long version,
            @Schema(required = true, nullable = true, example = "[\"IN_REVIEW\", \"UNVERIFIED\"]",
                    description = "Staff only "
                    + "(null for readers): the statuses the caller may move the claim to now with POST "
                    + "/claims/{id}/transitions, from " + STATUSES + "; empty for editors and withdrawn claims. "
                    + "Clients offer these instead of keeping their own copy of the workflow.")
            List<Status> allowedTransitions,
            @Schema(required = true, nullable = true, example = "true",
                    description = "Staff only (null for readers): whether the "
                    + "caller may approve the proposed verdict now (POST /claims/{id}/approval): a verifier other "
                    + "than its proposer. The evidence rules are checked again when approving.")
            Boolean mayApprove) {
    }

    @Schema(name = "NewerFigure", description = "The figures of the claim that supersedes this one (a confirmed "
            + "UPDATE match). A claim's newerFigure is null when nothing supersedes it, when the newer claim is "
            + "withdrawn or, for readers, when the newer claim is not on a published article.")
    public record NewerFigure(
            @Schema(required = true, example = Examples.NEWER_CLAIM_ID) UUID claimId,
            @Schema(required = true, example = Examples.NEWER_ARTICLE_ID) UUID articleId,
            @Schema(required = true, nullable = true, example = "Ukraine's military") String claimant,
            @Schema(required = true, nullable = true, example = "2022-03-21T09:00:00Z") Instant reportedAt,
            @Schema(required = true) List<Quantity> quantities) {
    }

    @Schema(name = "Anchor", description = "Where in the article the claim is made: a block and character offsets")
    public record Anchor(
            @Schema(required = true, example = Examples.BLOCK_ID) UUID blockId,
            @Schema(required = true, example = "0") int start,
            @Schema(required = true, example = "108") int end,
            @Schema(required = true, example = Examples.STATEMENT) String quote) {
    }

    @Schema(name = "Quantity", description = "A number the claim asserts; partOf points to the parent count of a "
            + "sub-count")
    public record Quantity(
            @Schema(required = true, nullable = true, example = "4", description = "null for a RANGE")
            BigDecimal value,
            @Schema(required = true, nullable = true) BigDecimal low,
            @Schema(required = true, nullable = true) BigDecimal high,
            @Schema(required = true, enumeration = {"EXACT", "AT_LEAST", "AT_MOST", "APPROXIMATE", "RANGE"},
                    example = "EXACT") String qualifier,
            @Schema(required = true, nullable = true, example = "fly") String unit,
            @Schema(required = true, nullable = true, example = "0") Integer partOf) {
    }

    @Schema(name = "QuantityDraft", description = "A number the claim asserts. EXACT and APPROXIMATE: value; "
            + "AT_LEAST: value (= low); AT_MOST: value (= high); RANGE: low and high. partOf: the index of the "
            + "quantity this is a sub-count of.")
    public record QuantityDraft(
            @Schema(example = "4") BigDecimal value,
            @Schema(nullable = true) BigDecimal low,
            @Schema(nullable = true) BigDecimal high,
            @Schema(required = true, enumeration = {"EXACT", "AT_LEAST", "AT_MOST", "APPROXIMATE", "RANGE"},
                    example = "EXACT") String qualifier,
            @Schema(example = "fly", maxLength = 100) String unit,
            @Schema(example = "0", minimum = "0", nullable = true) Integer partOf) {
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
            List<QuantityDraft> quantities) {
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
            List<QuantityDraft> quantities) {
    }

    @Schema(name = "ReviewQueuePage", description = "One page of the review queue; conflicts counts the claims "
            + "with an unresolved CONFLICT match (listed by /claims?conflict=true)")
    public record ReviewQueuePage(@Schema(required = true) List<Claim> items,
                                  @Schema(required = true, nullable = true, example = "eyJpZCI6ImM0YTEifQ")
                                  String nextCursor,
                                  @Schema(required = true, example = "5") long total,
                                  @Schema(required = true, example = "2") long conflicts) {
    }

    @Schema(name = "ClaimPage", description = "One page of claims")
    public record ClaimPage(@Schema(required = true) List<Claim> items,
                            @Schema(required = true, nullable = true, example = "eyJpZCI6ImM0YTEifQ") String nextCursor,
                            @Schema(required = true, example = "5") long total) {
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

    @Schema(name = "EvidenceSupersession", description = "Why an item of evidence no longer counts")
    public record EvidenceSupersession(@Schema(example = "Erstattet av nyere tall") String reason) {
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
            @Schema(required = true, example = "5d8e2a14-6c3b-4f7e-8a9d-1b2c3d4e5f60") UUID id,
            @Schema(required = true, enumeration = {"OFFICIAL_STATEMENT", "INDEPENDENT_REPORT", "DOCUMENT", "MEDIA",
                    "OSINT", "EXPERT",
                    "OTHER"}, example = "OFFICIAL_STATEMENT") String type,
            @Schema(required = true, example = "https://www.kmu.gov.ua/en") String url,
            @Schema(required = true, example = "Ukrainske myndigheters daglige oppdatering om tap") String description,
            @Schema(required = true, example = "false") boolean independent,
            @Schema(required = true, example = "kari") String addedBy,
            @Schema(required = true, example = Examples.TIMESTAMP) Instant addedAt,
            @Schema(required = true, example = Examples.CLAIM_ID) UUID claimId,
            @Schema(required = true, example = "true",
                    description = "A verdict used it, so it can be superseded but not removed")
            boolean reliedOn,
            @Schema(required = true, example = "false") boolean superseded,
            @Schema(required = true, nullable = true) Instant supersededAt,
            @Schema(required = true, nullable = true, description = "The evidence that replaces it")
            String supersededBy,
            @Schema(required = true, nullable = true, example = "Kilden har trukket tallene tilbake")
            String supersedeReason,
            @Schema(required = true, nullable = true,
                    description = "The claim this item was copied from with a shared verdict")
            UUID takenFrom) {
    }

    @Schema(name = "EvidencePage")
    public record EvidencePage(@Schema(required = true) List<Evidence> items,
                               @Schema(required = true, nullable = true) String nextCursor,
                               @Schema(required = true, example = "1") long total) {
    }

    @Schema(name = "HistoryEntry", description = "One immutable audit entry")
    public record HistoryEntry(
            @Schema(required = true, example = Examples.TIMESTAMP) Instant at,
            @Schema(required = true, example = "kari") String actor,
            @Schema(required = true, example = "transitioned") String action,
            @Schema(required = true, nullable = true, example = "status") String field,
            @Schema(required = true, nullable = true, example = "UNVERIFIED") String from,
            @Schema(required = true, nullable = true, example = "IN_REVIEW") String to,
            @Schema(required = true, nullable = true, example = "Nye opplysninger fra Reuters") String reason) {
    }

    @Schema(name = "HistoryPage")
    public record HistoryPage(@Schema(required = true) List<HistoryEntry> items,
                              @Schema(required = true, nullable = true) String nextCursor,
                              @Schema(required = true, example = "3") long total) {
    }

    @Schema(name = "ClaimReview", description = "schema.org ClaimReview (JSON-LD) of an approved verdict")
    public record ClaimReview(
            @JsonProperty("@context") @Schema(required = true, example = "https://schema.org") String context,
            @JsonProperty("@type") @Schema(required = true, example = "ClaimReview") String type,
            @Schema(required = true, example = Examples.CLAIM_REVIEWED) String claimReviewed,
            @Schema(required = true, example = "2022-03-15") String datePublished,
            @Schema(required = true, example = "https://newsroom.example/claims/" + Examples.CLAIM_ID) String url,
            @Schema(required = true, description = "schema.org Rating of the verdict") Rating reviewRating,
            @Schema(required = true, description = "schema.org Claim with its author (the claimant) and appearance")
            ReviewedClaim itemReviewed,
            @Schema(required = true, description = "schema.org Organization publishing the review") Party author) {
    }

    @Schema(name = "Rating", description = "schema.org Rating: the verdict on a scale from worstRating to bestRating")
    public record Rating(
            @JsonProperty("@type") @Schema(required = true, example = "Rating") String type,
            @Schema(required = true, example = "5") int ratingValue,
            @Schema(required = true, example = "5") int bestRating,
            @Schema(required = true, example = "1") int worstRating,
            @Schema(required = true, example = "CONFIRMED") String alternateName) {
    }

    @Schema(name = "ReviewedClaim", description = "schema.org Claim: who made it and where it appeared")
    public record ReviewedClaim(
            @JsonProperty("@type") @Schema(required = true, example = "Claim") String type,
            @Schema(required = true) Party author,
            @Schema(required = true, example = "2022-03-14") String datePublished,
            @Schema(required = true) Appearance appearance) {
    }

    @Schema(name = "Party", description = "schema.org Organization or Person")
    public record Party(
            @JsonProperty("@type") @Schema(required = true, example = "Organization") String type,
            @Schema(required = true, example = "Newsroom faktasjekk") String name,
            @Schema(example = "https://newsroom.example", description = "Absent for a claimant without a known "
                    + "web address") String url) {
    }

    @Schema(name = "Appearance", description = "schema.org CreativeWork the claim appeared in")
    public record Appearance(
            @JsonProperty("@type") @Schema(required = true, example = "CreativeWork") String type,
            @Schema(required = true, example = "https://newsroom.example/articles/" + Examples.ARTICLE_ID) String url) {
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
            @Schema(required = true, example = "repeat-en", nullable = true, description = "The candidate's id as "
                    + "sent") String id,
            @Schema(required = true, enumeration = {"SAME", "UPDATE", "CONFLICT", "RELATED", "UNRELATED"},
                    example = "SAME",
                    description = "SAME: the same assertion with compatible figures by the same or an equivalent "
                            + "claimant, in any language; UPDATE: the same claimant's figure for the same running "
                            + "count at another time; CONFLICT: the same count and time frame with incompatible "
                            + "figures; RELATED: the same event or subject, another assertion; UNRELATED: anything "
                            + "else") String relation,
            @Schema(required = true, example = "0.93", minimum = "0", maximum = "1",
                    description = "How alike the two claims' subjects are") double score) {
    }

    @Schema(name = "MatchedClaim", description = "The other claim of a stored match, in short")
    public record MatchedClaim(
            @Schema(required = true, example = Examples.CLAIM_ID) UUID id,
            @Schema(required = true, example = Examples.ARTICLE_ID) UUID articleId,
            @Schema(required = true,
                    example = "Ukrainian authorities say they have shot down four Russian aircraft, including three "
                    + "helicopters, over the past day.") String statement,
            @Schema(required = true, example = "Ukrainian authorities", nullable = true) String claimant,
            @Schema(required = true, example = "en") String language,
            @Schema(required = true, example = "2022-03-14T10:30:00Z", nullable = true) Instant reportedAt,
            @Schema(required = true, description = "One of " + STATUSES, example = "UNVERIFIED") String status) {
    }

    @Schema(name = "StoredMatch", description = "A claim of any article that the engine related to this one when "
            + "either was created or edited, and staff's decision on it")
    public record StoredMatch(
            @Schema(required = true) MatchedClaim claim,
            @Schema(required = true, enumeration = {"SAME", "UPDATE", "CONFLICT", "RELATED"}, example = "SAME")
            String relation,
            @Schema(required = true, example = "0.93", minimum = "0", maximum = "1") double score,
            @Schema(required = true, enumeration = {"SUGGESTED", "CONFIRMED", "REJECTED"}, example = "SUGGESTED")
            String state,
            @Schema(required = true, example = "vera", nullable = true) String decidedBy,
            @Schema(required = true, example = "2022-03-14T11:00:00Z", nullable = true) Instant decidedAt) {
    }

    @Schema(name = "StoredMatchPage", description = "A claim's stored matches, best score first")
    public record StoredMatchPage(@Schema(required = true) List<StoredMatch> items,
                                  @Schema(required = true, nullable = true) String nextCursor,
                                  @Schema(required = true, example = "2") long total) {
    }

    @Schema(name = "TimelineEntry", description = "One figure of a running count, as its claimant reported it")
    public record TimelineEntry(
            @Schema(required = true, example = Examples.CLAIM_ID) UUID claimId,
            @Schema(required = true, example = Examples.ARTICLE_ID) UUID articleId,
            @Schema(required = true,
                    example = "Ukraine's military now says it has downed 7 Russian aircraft in the past 48 hours.")
            String statement,
            @Schema(required = true, example = "Ukraine's military", nullable = true) String claimant,
            @Schema(required = true, example = "en") String language,
            @Schema(required = true, example = "2022-03-15T09:00:00Z",
                    description = "Report time, or when the claim was stored if "
                    + "the report time is unknown") Instant reportedAt,
            @Schema(required = true) List<Quantity> quantities,
            @Schema(required = true, description = "One of " + STATUSES, example = "UNVERIFIED") String status,
            @Schema(required = true, nullable = true, description = "The newer figure's claim") UUID supersededBy) {
    }

    @Schema(name = "Timeline", description = "A running count's figures, oldest report first")
    public record Timeline(@Schema(required = true) List<TimelineEntry> items,
                           @Schema(required = true, nullable = true) String nextCursor,
                           @Schema(required = true, example = "2") long total) {
    }

    @Schema(name = "MatchDecision", description = "Confirms or rejects a stored match; relation, when given, "
            + "corrects the engine's")
    public record MatchDecision(
            @Schema(required = true, enumeration = {"CONFIRMED", "REJECTED"}, example = "CONFIRMED") String decision,
            @Schema(enumeration = {"SAME", "UPDATE", "CONFLICT", "RELATED"}, nullable = true, example = "SAME")
            String relation) {
    }

    @Schema(name = "MatchResult", description = "One match per candidate, in candidate order")
    public record MatchResult(@Schema(required = true) List<Match> matches) {
    }

    @Schema(name = "ClaimCandidate", description = "A sentence that reports a checkable claim; nothing is stored")
    public record ClaimCandidate(
            @Schema(required = true, example = Examples.STATEMENT) String sentence,
            @Schema(required = true, example = "0") int start,
            @Schema(required = true, example = "108") int end,
            @Schema(required = true, example = "Ukrainske myndigheter", nullable = true) String claimant,
            @Schema(required = true, nullable = true, example = "Interfax Ukraine") String source,
            @Schema(required = true, example = "false", description = "Hedged or not independently confirmed")
            boolean unconfirmed,
            @Schema(required = true) List<ExtractedQuantity> quantities,
            @Schema(required = true, example = "0.82", description = "How worth checking the sentence is, from 0 to 1")
            double checkworthiness) {
    }

    @Schema(name = "ExtractedQuantity", description = "A number in a candidate; text is the exact words it was read "
            + "from")
    public record ExtractedQuantity(
            @Schema(required = true, example = "fire russiske fly") String text,
            @Schema(required = true, nullable = true, example = "4", description = "null for a RANGE") BigDecimal value,
            @Schema(required = true, nullable = true, example = "4") BigDecimal low,
            @Schema(required = true, nullable = true, example = "4") BigDecimal high,
            @Schema(required = true, enumeration = {"EXACT", "AT_LEAST", "AT_MOST", "APPROXIMATE", "RANGE"},
                    example = "EXACT") String qualifier,
            @Schema(required = true, nullable = true, example = "fly") String unit) {
    }

    @Schema(name = "Extraction", description = "Claim candidates found in a text; nothing is stored")
    public record Extraction(@Schema(required = true, example = "nb") String language,
                             @Schema(required = true) List<ClaimCandidate> candidates) {
    }

    @Schema(name = "ArticleExtraction", description = "The article's extracted claims in text order: those stored "
            + "now (created) and those an earlier extraction had stored (existing); repeating it stores nothing twice")
    public record ArticleExtraction(
            @Schema(required = true, example = "0b6f6c9e-1f0a-4a53-8c9a-5d1f1e2b7c44") UUID articleId,
            @Schema(required = true, example = "2") int created,
            @Schema(required = true, example = "0") int existing,
            @Schema(required = true) List<Claim> claims) {
    }
}
