package no.newsroom.claims.model;

/** How a reported number is bounded: "minst 2500" is AT_LEAST, "600–700" a RANGE. */
public enum Qualifier {
    EXACT,
    AT_LEAST,
    AT_MOST,
    APPROXIMATE,
    RANGE
}
