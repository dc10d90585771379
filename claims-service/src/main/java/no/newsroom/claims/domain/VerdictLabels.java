package no.newsroom.claims.domain;

import no.newsroom.claims.model.ClaimStatus;

import java.util.Locale;

/**
 * A verdict as readers of the claim's language say it, for ClaimReview's {@code alternateName}, which search
 * engines show beside the fact-check. Norwegian (nb, nn, no) and English; any other language reads the English.
 */
public final class VerdictLabels {

    private VerdictLabels() {
    }

    /** @throws IllegalArgumentException when the status is not a verdict */
    public static String of(ClaimStatus verdict, String language) {
        boolean norwegian = switch (language.toLowerCase(Locale.ROOT).split("-")[0]) {
            case "nb", "nn", "no" -> true;
            default -> false;
        };
        return switch (verdict) {
            case CONFIRMED -> norwegian ? "Bekreftet" : "True";
            case PARTLY_CONFIRMED -> norwegian ? "Delvis bekreftet" : "Partly true";
            case MISLEADING -> norwegian ? "Misvisende" : "Misleading";
            case FALSE -> norwegian ? "Usant" : "False";
            case UNVERIFIABLE -> norwegian ? "Kan ikke etterprøves" : "Unverifiable";
            case UNVERIFIED, IN_REVIEW -> throw new IllegalArgumentException(verdict + " is not a verdict");
        };
    }
}
