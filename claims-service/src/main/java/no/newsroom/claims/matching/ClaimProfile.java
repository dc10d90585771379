package no.newsroom.claims.matching;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * What the matcher reads from one claim.
 *
 * @param subject   the statement's terms, without the claimant's role and name words
 * @param events    the event concepts of the statement (KILLED, INJURED, ...)
 * @param claimant  who asserts it; empty when unknown
 * @param figures   the figures of the statement; a denial without a figure reads as zero
 * @param forecast  whether the statement expects or predicts rather than reports
 */
record ClaimProfile(List<Term> subject, Set<String> events, Claimant claimant, List<Figure> figures,
                    boolean forecast, Instant reportedAt) {

    /**
     * A claimant's organisations and people, countries and places (a capital read as its country: "Moskva avviser"),
     * roles ("authorities", "mayor") and remaining words.
     */
    record Claimant(Set<String> entities, Set<String> countries, Set<String> roles, Set<String> words) {

        boolean isUnknown() {
            return entities.isEmpty() && countries.isEmpty() && roles.isEmpty() && words.isEmpty();
        }

        /**
         * "Ukrainske myndigheter" and "Ukrainian authorities" or "Ukraine's air force" (one side); "Kystvakten" and
         * "the coast guard". Organisations and people decide when both name one; then countries; then roles and words.
         */
        boolean isEquivalentTo(Claimant other) {
            if (isUnknown() || other.isUnknown()) {
                return true;
            }
            if (!entities.isEmpty() && !other.entities.isEmpty()) {
                return entities.stream().anyMatch(other.entities::contains);
            }
            if (!countries.isEmpty() && !other.countries.isEmpty()) {
                return countries.stream().anyMatch(other.countries::contains);
            }
            return roles.stream().anyMatch(other.roles::contains) || sharesWord(other);
        }

        private boolean sharesWord(Claimant other) {
            return words.stream()
                    .anyMatch(word -> other.words.stream().anyMatch(theirs -> Terms.sameWord(word, theirs)));
        }
    }
}
