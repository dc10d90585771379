package no.newsroom.claims.mapping;

import jakarta.enterprise.context.ApplicationScoped;
import no.newsroom.claims.config.NewsroomConfig;
import no.newsroom.claims.domain.VerdictLabels;
import no.newsroom.claims.model.Claim;
import no.newsroom.claims.model.ClaimStatus;
import no.newsroom.claims.rest.ClaimReviewDocument;
import no.newsroom.claims.rest.ClaimReviewDocument.Appearance;
import no.newsroom.claims.rest.ClaimReviewDocument.Party;
import no.newsroom.claims.rest.ClaimReviewDocument.Rating;
import no.newsroom.claims.rest.ClaimReviewDocument.ReviewedClaim;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Exports an approved verdict as schema.org ClaimReview. Verdicts map to Google's 1 (false) to 5 (true) scale;
 * UNVERIFIABLE has no place on a truth scale, so it carries only its label. The label ({@code alternateName}) is the
 * verdict in the claim's language, as search engines show it to readers.
 */
@ApplicationScoped
public class ClaimReviewMapper {

    private static final int BEST = 5;
    private static final int WORST = 1;
    /** "Jonas Gahr Støre" names a person; "Ukrainske myndigheter" or "Reuters" an organisation. */
    private static final Pattern PERSON_NAME = Pattern.compile("\\p{Lu}[\\p{L}.'-]+(\\s+\\p{Lu}[\\p{L}.'-]+)+");

    private final NewsroomConfig config;

    public ClaimReviewMapper(NewsroomConfig config) {
        this.config = config;
    }

    /** @return empty unless the claim has an approved, public verdict */
    public Optional<ClaimReviewDocument> toClaimReview(Claim claim) {
        if (!claim.publicStatus.isVerdict() || claim.withdrawnAt != null || claim.approvedAt == null) {
            return Optional.empty();
        }
        var organisation = config.claimreview();
        Party author = new Party("Organization", organisation.organisationName(), organisation.organisationUrl());
        Party claimant = claim.claimant == null ? null
                : new Party(PERSON_NAME.matcher(claim.claimant).matches() ? "Person" : "Organization",
                        claim.claimant, null);
        String articleUrl = config.articleUrlTemplate().replace("{articleId}", claim.articleId.toString());
        Instant reported = claim.reportedAt == null ? claim.createdAt : claim.reportedAt;
        return Optional.of(new ClaimReviewDocument("https://schema.org", "ClaimReview",
                organisation.urlTemplate().replace("{claimId}", claim.id.toString()),
                claim.claimReviewed, date(claim.approvedAt), author, rating(claim.publicStatus, claim.language),
                new ReviewedClaim("Claim", claimant, date(reported), new Appearance("CreativeWork", articleUrl))));
    }

    private static Rating rating(ClaimStatus verdict, String language) {
        Integer value = switch (verdict) {
            case CONFIRMED -> 5;
            case PARTLY_CONFIRMED -> 3;
            case MISLEADING -> 2;
            case FALSE -> 1;
            case UNVERIFIABLE, UNVERIFIED, IN_REVIEW -> null;
        };
        String label = VerdictLabels.of(verdict, language);
        return value == null
                ? new Rating("Rating", null, null, null, label)
                : new Rating("Rating", value, BEST, WORST, label);
    }

    private static String date(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC).toLocalDate().toString();
    }
}
