package no.newsroom.claims.extraction;

/**
 * Orders candidates for the verification desk: a claim with numbers, a named claimant, a relaying outlet or an
 * explicit "not confirmed" is more worth checking than a bare hedge. The weights are a starting point, not a model.
 */
final class CheckworthinessScorer {

    private static final double BASE = 0.3;
    private static final double WITH_QUANTITIES = 0.3;
    private static final double WITH_CLAIMANT = 0.2;
    private static final double WITH_SOURCE = 0.05;
    private static final double UNCONFIRMED = 0.15;

    private CheckworthinessScorer() {
    }

    static double score(ClaimCandidate candidate) {
        double score = BASE;
        score += candidate.quantities().isEmpty() ? 0 : WITH_QUANTITIES;
        score += candidate.claimant() == null ? 0 : WITH_CLAIMANT;
        score += candidate.source() == null ? 0 : WITH_SOURCE;
        score += candidate.unconfirmed() ? UNCONFIRMED : 0;
        return Math.round(Math.min(1.0, score) * 100) / 100.0;
    }
}
