package no.newsroom.claims.extraction;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Picks the claimant (who originally made the statement) and the source (the outlet that relayed it) from the
 * speakers of a sentence. The one quoted by "citing" made the statement; otherwise the first speaker that is not an
 * outlet did, and an outlet beside it is the source. When only outlets speak, the first is the claimant. The agency of
 * a byline is the source when nothing in the sentence relayed the statement.
 */
final class ClaimantResolver {

    private ClaimantResolver() {
    }

    record ClaimantAndSource(String claimant, String source) {
    }

    static ClaimantAndSource resolve(List<Speaker> speakers) {
        List<Speaker> ordered = speakers.stream().sorted(Comparator.comparingInt(Speaker::position)).toList();
        Optional<Speaker> claimant = ordered.stream().filter(s -> s.role() == Speaker.Role.CITED).findFirst()
                .or(() -> ordered.stream().filter(s -> isStatement(s) && !s.outlet()).findFirst())
                .or(() -> ordered.stream().filter(ClaimantResolver::isStatement).findFirst());
        // An outlet in the sentence heard the statement first; the byline's agency only carried it on.
        String source = ordered.stream().sorted(Comparator.comparing(Speaker::byline))
                .filter(s -> claimant.map(c -> c != s && relays(c, s)).orElse(true))
                .filter(Speaker::outlet).map(Speaker::text).filter(Objects::nonNull)
                .filter(outlet -> claimant.map(c -> !outlet.equals(c.text())).orElse(true)).findFirst().orElse(null);
        return new ClaimantAndSource(claimant.map(Speaker::text).orElse(null), source);
    }

    private static boolean isStatement(Speaker speaker) {
        return speaker.role() == Speaker.Role.STATEMENT;
    }

    /** An outlet relays a person's or a cited outlet's statement; two outlets side by side relay in text order. */
    private static boolean relays(Speaker claimant, Speaker other) {
        return !claimant.outlet() || claimant.role() == Speaker.Role.CITED || isStatement(other) || other.byline();
    }
}
