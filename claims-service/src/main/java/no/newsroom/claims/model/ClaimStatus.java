package no.newsroom.claims.model;

/** Where a claim stands in verification; the last five are verdicts. */
public enum ClaimStatus {
    UNVERIFIED,
    IN_REVIEW,
    CONFIRMED,
    PARTLY_CONFIRMED,
    FALSE,
    MISLEADING,
    UNVERIFIABLE;

    public boolean isVerdict() {
        return ordinal() >= CONFIRMED.ordinal();
    }
}
