package no.newsroom.claims.domain;

/** Where a quote was found again in a changed block, how it was found and how closely the text matches. */
public record Relocation(int start, int end, String quote, Method method, double similarity) {

    public enum Method {
        EXACT,
        NORMALIZED,
        FUZZY
    }
}
