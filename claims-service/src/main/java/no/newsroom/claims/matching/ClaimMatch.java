package no.newsroom.claims.matching;

/** The relation of one candidate to a claim; {@code score} is how alike their subjects are, 0..1. */
public record ClaimMatch(String id, Relation relation, double score) {
}
