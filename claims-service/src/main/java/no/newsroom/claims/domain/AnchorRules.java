package no.newsroom.claims.domain;

import java.util.ArrayList;
import java.util.List;

/** An anchor's offsets must span exactly its quote, so the quote can be found again when the block changes. */
public final class AnchorRules {

    private AnchorRules() {
    }

    public static void check(Anchor anchor) {
        List<RuleViolation> violations = new ArrayList<>();
        if (anchor.end() < anchor.start()) {
            violations.add(new RuleViolation("anchor.end", "must not be before anchor.start"));
        } else if (anchor.end() - anchor.start() != anchor.quote().length()) {
            violations.add(new RuleViolation("anchor.quote", "is " + anchor.quote().length()
                    + " characters long but start..end spans " + (anchor.end() - anchor.start())));
        }
        if (!violations.isEmpty()) {
            throw new ClaimRuleException(violations);
        }
    }
}
