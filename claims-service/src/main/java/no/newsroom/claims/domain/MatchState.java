package no.newsroom.claims.domain;

/** A stored match is suggested by the engine and then confirmed or rejected by staff. */
public enum MatchState {
    SUGGESTED,
    CONFIRMED,
    REJECTED
}
