package no.newsroom.claims.domain;

import java.util.List;
import java.util.stream.Collectors;

/** The request is well-formed but breaks a rule of the claim domain (HTTP 422). */
public class ClaimRuleException extends RuntimeException {

    private final transient List<RuleViolation> violations;

    public ClaimRuleException(List<RuleViolation> violations) {
        super(violations.stream().map(v -> v.field() + ": " + v.message()).collect(Collectors.joining("; ")));
        this.violations = List.copyOf(violations);
    }

    public List<RuleViolation> violations() {
        return violations;
    }
}
