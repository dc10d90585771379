package no.newsroom.claims.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.newsroom.claims.config.NewsroomConfig;
import no.newsroom.claims.domain.ClaimNotFoundException;
import no.newsroom.claims.domain.MatchNotFoundException;
import no.newsroom.claims.domain.MatchState;
import no.newsroom.claims.extraction.Language;
import no.newsroom.claims.matching.ClaimMatch;
import no.newsroom.claims.matching.ClaimMatcher;
import no.newsroom.claims.matching.ClaimText;
import no.newsroom.claims.matching.Relation;
import no.newsroom.claims.model.Claim;
import no.newsroom.claims.repository.ClaimMatchRepository;
import no.newsroom.claims.repository.ClaimMatchRepository.StoredMatch;
import no.newsroom.claims.repository.ClaimRepository;

/**
 * Matches every new or edited claim against the stored claims of any article reported within the configured window:
 * the claims sharing the most match keys are scored by the same engine as the stateless endpoint, and every relation
 * other than UNRELATED is stored as a suggestion for staff to confirm or reject.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRED)
public class StoredMatchingService {

    /** A stored match with the other claim, for the claim's matches list. */
    public record MatchWithClaim(StoredMatch match, Claim other) {
    }

    private final ClaimMatchingService engine;
    private final ClaimMatchRepository matches;
    private final ClaimRepository claims;
    private final AuditTrail audit;
    private final NewsroomConfig.Matching config;
    private final Clock clock;

    public StoredMatchingService(ClaimMatchingService engine, ClaimMatchRepository matches, ClaimRepository claims,
                                 AuditTrail audit, NewsroomConfig config, Clock clock) {
        this.engine = engine;
        this.matches = matches;
        this.claims = claims;
        this.audit = audit;
        this.config = config.matching();
        this.clock = clock;
    }

    /** Re-keys the claim and replaces its undecided suggestions; confirmed and rejected matches are kept. */
    public void refresh(Claim claim) {
        claims.flush();
        ClaimText text = toText(claim);
        Instant reportedAt = reportedAt(claim);
        if (Language.fromTag(claim.language).isEmpty()) {
            // The engine reads Norwegian and English only; a claim in another language is not matched.
            Set<UUID> affected = new LinkedHashSet<>(List.of(claim.id));
            affected.addAll(matches.othersOf(claim.id));
            matches.replaceKeys(claim.id, reportedAt, Set.of());
            matches.deleteSuggestions(claim.id);
            flagConflicts(affected);
            return;
        }
        Set<UUID> affected = new LinkedHashSet<>(List.of(claim.id));
        affected.addAll(matches.othersOf(claim.id));
        Set<String> keys = engine.keys(text);
        matches.replaceKeys(claim.id, reportedAt, keys);
        matches.deleteSuggestions(claim.id);
        List<UUID> candidateIds = matches.candidates(claim.id, keys, reportedAt, config.window(),
                config.claimsPerKey(), config.candidates());
        List<Claim> candidates = candidateIds.isEmpty() ? List.of() : claims.list("id in ?1", candidateIds);
        Instant now = clock.instant();
        List<ClaimMatch> found = engine.match(text, candidates.stream().map(StoredMatchingService::toText).toList());
        for (ClaimMatch match : found) {
            if (match.relation() != Relation.UNRELATED) {
                UUID otherId = UUID.fromString(match.id());
                matches.suggest(claim.id, otherId, match.relation(), match.score(), now);
                affected.add(otherId);
            }
        }
        flagConflicts(affected);
    }

    /** Sets each claim's open-conflict flag from its stored matches, on the managed entities. */
    private void flagConflicts(Set<UUID> claimIds) {
        List<UUID> ids = List.copyOf(claimIds);
        Set<UUID> conflicting = matches.withOpenConflict(ids);
        for (Claim claim : claims.list("id in ?1", ids)) {
            claim.openConflict = conflicting.contains(claim.id);
        }
    }

    /** The claim's stored matches with the other claims, best score first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<MatchWithClaim> matchesOf(UUID claimId) {
        List<StoredMatch> stored = matches.matchesOf(claimId);
        if (stored.isEmpty()) {
            return List.of();
        }
        Map<UUID, Claim> others = claims.list("id in ?1", stored.stream().map(StoredMatch::otherId).toList())
                .stream().collect(Collectors.toMap(claim -> claim.id, Function.identity()));
        return stored.stream().map(match -> new MatchWithClaim(match, others.get(match.otherId()))).toList();
    }

    /**
     * Confirms or rejects a match (decision CONFIRMED or REJECTED), optionally correcting its relation, and records
     * the decision in both claims' history.
     */
    public MatchWithClaim decide(UUID claimId, UUID otherId, MatchState decision, Relation relation, String actor) {
        Claim claim = claims.findByIdOptional(claimId).orElseThrow(() -> new ClaimNotFoundException(claimId));
        Claim other = claims.findByIdOptional(otherId).orElseThrow(() -> new MatchNotFoundException(claimId, otherId));
        StoredMatch match = matches.findForUpdate(claimId, otherId)
                .orElseThrow(() -> new MatchNotFoundException(claimId, otherId));
        Relation decided = relation == null ? match.relation() : relation;
        Instant now = clock.instant();
        matches.decide(claimId, otherId, decision, decided, actor, now);
        String action = decision == MatchState.CONFIRMED ? "match-confirmed" : "match-rejected";
        audit.record(claim, now, actor, action, "match", describe(otherId, match), describe(otherId, decided, decision),
                null);
        audit.record(other, now, actor, action, "match", describe(claimId, match),
                describe(claimId, decided, decision), null);
        if (decision == MatchState.CONFIRMED && decided == Relation.UPDATE) {
            supersede(claim, other, actor, now);
        }
        flagConflicts(Set.of(claimId, otherId));
        StoredMatch updated = new StoredMatch(claimId, otherId, decided, match.score(), decision, actor, now);
        return new MatchWithClaim(updated, other);
    }

    /**
     * The claims linked to this one by confirmed UPDATE links, directly or through each other, oldest report first:
     * one running count as it moved.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Claim> timeline(UUID claimId) {
        Set<UUID> seen = new LinkedHashSet<>(List.of(claimId));
        List<UUID> frontier = List.of(claimId);
        while (!frontier.isEmpty()) {
            frontier = matches.confirmedNeighbours(frontier, Relation.UPDATE).stream().filter(seen::add).toList();
        }
        return claims.list("id in ?1", List.copyOf(seen)).stream()
                .sorted(Comparator.comparing(StoredMatchingService::reportedAt).thenComparing(claim -> claim.id))
                .toList();
    }

    /** A confirmed UPDATE link makes the newer figure supersede the older one. */
    private void supersede(Claim claim, Claim other, String actor, Instant now) {
        boolean claimIsOlder = reportedAt(claim).isBefore(reportedAt(other));
        Claim older = claimIsOlder ? claim : other;
        Claim newer = claimIsOlder ? other : claim;
        if (newer.id.equals(older.supersededBy)) {
            return;
        }
        audit.record(older, now, actor, "edited", "supersededBy", older.supersededBy, newer.id, null);
        older.supersededBy = newer.id;
        older.updatedAt = now;
    }

    private static String describe(UUID otherId, StoredMatch match) {
        return describe(otherId, match.relation(), match.state());
    }

    private static String describe(UUID otherId, Relation relation, MatchState state) {
        return otherId + " " + relation + " " + state;
    }

    private static Instant reportedAt(Claim claim) {
        return claim.reportedAt != null ? claim.reportedAt : claim.createdAt;
    }

    private static ClaimText toText(Claim claim) {
        return new ClaimText(claim.id.toString(), claim.statement, claim.claimant, claim.source, claim.language,
                reportedAt(claim));
    }
}
