package no.newsroom.claims.domain;

/** One broken domain rule, named by the request field it concerns. */
public record RuleViolation(String field, String message) {
}
