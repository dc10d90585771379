package no.newsroom.claims.matching;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Decides how a candidate claim relates to a claim ({@link Relation}) from their subjects, events, figures, claimants
 * and report times. Stateless and thread-safe; one instance serves the stateless endpoint and stored matching.
 */
public final class ClaimMatcher {

    /** Below this subject similarity two claims are unrelated whatever else they share. */
    static final double RELATED_SIMILARITY = 0.25;
    /** Claims that share no place, party or name must be this alike to be about one subject. */
    static final double UNANCHORED_SIMILARITY = 0.5;
    /** Claims about one place or party reported close in time still need some words in common to be one event. */
    static final double SAME_EVENT_MIN_SIMILARITY = 0.15;
    /** Two claims with compatible figures for one count are the same assertion from here on. */
    static final double SAME_WITH_FIGURES_SIMILARITY = 0.45;
    /** Two claims with figures for one count that disagree are about the same count from here on. */
    static final double SAME_COUNT_SIMILARITY = 0.40;
    /** Without figures, two claims are the same assertion only when their subjects nearly coincide. */
    static final double SAME_WITHOUT_FIGURES_SIMILARITY = 0.70;
    /** A moved figure from the same claimant less than this apart is a contradiction, not an update. */
    static final Duration UPDATE_MIN_GAP = Duration.ofHours(1);
    /** Different claimants' figures further apart than this are not one time frame. */
    static final Duration CONFLICT_MAX_GAP = Duration.ofDays(7);
    /** Claims sharing a place or a party but few words are about one event only when this close in time. */
    static final Duration SAME_EVENT_MAX_GAP = Duration.ofDays(2);

    private final ClaimProfiler profiler;

    public ClaimMatcher() {
        this.profiler = new ClaimProfiler(MatchLexicon.load());
    }

    /**
     * The claim's match keys for candidate retrieval: the language-independent concepts and folded names of its
     * subject. Two claims that the matcher could link share at least one key.
     */
    public Set<String> keys(ClaimText claim) {
        return profiler.profile(claim).subject().stream()
                .map(term -> term.isConcept() ? term.key() : "~" + term.key())
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** One match per candidate, in candidate order. */
    public List<ClaimMatch> match(ClaimText claim, List<ClaimText> candidates) {
        ClaimProfile profile = profiler.profile(claim);
        List<ClaimMatch> matches = new ArrayList<>(candidates.size());
        for (ClaimText candidate : candidates) {
            matches.add(match(profile, candidate.id(), profiler.profile(candidate)));
        }
        return matches;
    }

    ClaimMatch match(ClaimProfile claim, String candidateId, ClaimProfile candidate) {
        double similarity = Terms.similarity(claim.subject(), candidate.subject());
        double score = Math.round(similarity * 1000) / 1000.0;
        return new ClaimMatch(candidateId, relation(claim, candidate, similarity), score);
    }

    private static Relation relation(ClaimProfile claim, ClaimProfile candidate, double similarity) {
        List<Term> shared = Terms.shared(claim.subject(), candidate.subject());
        boolean sharesCore = shared.stream().anyMatch(term -> term.kind().isCore());
        boolean sharesAnchor = shared.stream().anyMatch(term -> term.kind().isAnchor());
        if (!sharesAnchor && (!sharesCore || similarity < UNANCHORED_SIMILARITY)) {
            return Relation.UNRELATED;
        }
        if (!sharesCore || similarity < RELATED_SIMILARITY) {
            boolean sameEvent = nearInTime(claim, candidate) && similarity >= SAME_EVENT_MIN_SIMILARITY;
            return sameEvent ? Relation.RELATED : Relation.UNRELATED;
        }
        if (differentEvents(claim.events(), candidate.events()) || claim.forecast() != candidate.forecast()) {
            return Relation.RELATED;
        }
        FigureComparison figures = FigureComparison.of(claim.figures(), candidate.figures());
        boolean sameClaimant = claim.claimant().isEquivalentTo(candidate.claimant());
        return switch (figures) {
            case COMPATIBLE -> sameClaimant && similarity >= SAME_WITH_FIGURES_SIMILARITY
                    ? Relation.SAME : Relation.RELATED;
            case INCOMPATIBLE -> similarity >= SAME_COUNT_SIMILARITY
                    ? movedFigure(claim, candidate, sameClaimant) : Relation.RELATED;
            case DIFFERENT_COUNTS -> Relation.RELATED;
            case NONE -> sameClaimant && similarity >= SAME_WITHOUT_FIGURES_SIMILARITY
                    ? Relation.SAME : Relation.RELATED;
        };
    }

    /** Claims about one place or party reported within days are about one event even when their words differ. */
    private static boolean nearInTime(ClaimProfile claim, ClaimProfile candidate) {
        Duration gap = gap(claim, candidate);
        return gap != null && gap.compareTo(SAME_EVENT_MAX_GAP) <= 0;
    }

    private static Duration gap(ClaimProfile claim, ClaimProfile candidate) {
        return claim.reportedAt() == null || candidate.reportedAt() == null ? null
                : Duration.between(claim.reportedAt(), candidate.reportedAt()).abs();
    }

    /** Dead against injured, evacuated against remaining: both name what happened, and nothing in common. */
    private static boolean differentEvents(Set<String> left, Set<String> right) {
        return !left.isEmpty() && !right.isEmpty() && left.stream().noneMatch(right::contains);
    }

    private static Relation movedFigure(ClaimProfile claim, ClaimProfile candidate, boolean sameClaimant) {
        Duration gap = gap(claim, candidate);
        if (sameClaimant) {
            return gap != null && gap.compareTo(UPDATE_MIN_GAP) >= 0 ? Relation.UPDATE : Relation.CONFLICT;
        }
        return gap == null || gap.compareTo(CONFLICT_MAX_GAP) <= 0 ? Relation.CONFLICT : Relation.RELATED;
    }
}
