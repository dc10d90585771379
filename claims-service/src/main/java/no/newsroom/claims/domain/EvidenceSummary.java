package no.newsroom.claims.domain;

/** How much current (neither superseded nor removed) evidence a claim has, and how much of it is independent. */
public record EvidenceSummary(int current, int independent) {

    public static EvidenceSummary none() {
        return new EvidenceSummary(0, 0);
    }
}
