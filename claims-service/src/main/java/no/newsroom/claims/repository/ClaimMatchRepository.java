package no.newsroom.claims.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import no.newsroom.claims.domain.MatchState;
import no.newsroom.claims.matching.Relation;

/** Match keys for candidate retrieval and the stored matches between claims (claim_match_key, claim_match). */
@ApplicationScoped
public class ClaimMatchRepository {

    /** A stored match as seen from {@code claimId}. */
    public record StoredMatch(UUID claimId, UUID otherId, Relation relation, double score, MatchState state,
                              String decidedBy, Instant decidedAt) {
    }

    /** Candidate retrieval; {@code MatchingBenchmark} measures the same query. */
    public static final String CANDIDATES_SQL = """
            select best.claim_id from (
                select hit.claim_id, count(*) as shared
                from unnest(cast(:keys as text[])) as k(term)
                cross join lateral (
                    (select m.claim_id from claim_match_key m
                     where m.key = k.term and m.reported_at >= :at and m.reported_at <= :to
                     order by m.reported_at limit :perKey)
                    union all
                    (select m.claim_id from claim_match_key m
                     where m.key = k.term and m.reported_at >= :from and m.reported_at < :at
                     order by m.reported_at desc limit :perKey)
                ) hit
                where hit.claim_id <> :claim
                group by hit.claim_id
                order by shared desc, hit.claim_id
                limit 2 * :limit
            ) best
            join claim c on c.id = best.claim_id and c.withdrawn_at is null
            order by best.shared desc, best.claim_id
            limit :limit
            """;

    private final EntityManager entityManager;

    public ClaimMatchRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public void replaceKeys(UUID claimId, Instant reportedAt, Set<String> keys) {
        entityManager.createNativeQuery("delete from claim_match_key where claim_id = :claim")
                .setParameter("claim", claimId).executeUpdate();
        if (keys.isEmpty()) {
            return;
        }
        entityManager.createNativeQuery("insert into claim_match_key (key, reported_at, claim_id) "
                        + "select key, :reportedAt, :claim from unnest(cast(:keys as text[])) key")
                .setParameter("reportedAt", Timestamp.from(reportedAt))
                .setParameter("claim", claimId)
                .setParameter("keys", keys.toArray(String[]::new))
                .executeUpdate();
    }

    /**
     * The non-withdrawn claims reported within the window that share the most keys with the claim, best first. Each
     * key reads at most {@code perKey} claims on either side of the report time, nearest first, so a key shared by a
     * large part of the newsroom ("killed", "Ukraine") costs no more than a rare name; a claim that shares several
     * keys is still found through each of them.
     */
    @SuppressWarnings("unchecked")
    public List<UUID> candidates(UUID claimId, Set<String> keys, Instant at, Duration window, int perKey,
                                 int limit) {
        if (keys.isEmpty()) {
            return List.of();
        }
        List<Object> ids = entityManager.createNativeQuery(CANDIDATES_SQL)
                .setParameter("keys", keys.toArray(String[]::new))
                .setParameter("from", Timestamp.from(at.minus(window)))
                .setParameter("at", Timestamp.from(at))
                .setParameter("to", Timestamp.from(at.plus(window)))
                .setParameter("perKey", perKey)
                .setParameter("claim", claimId)
                .setParameter("limit", limit)
                .getResultList();
        return ids.stream().map(id -> (UUID) id).toList();
    }

    /** Drops the claim's undecided suggestions in both directions; decided matches stay. */
    public void deleteSuggestions(UUID claimId) {
        entityManager.createNativeQuery("delete from claim_match where state = 'SUGGESTED' "
                        + "and (claim_id = :claim or other_id = :claim)")
                .setParameter("claim", claimId).executeUpdate();
    }

    /** Stores a suggestion in both directions unless the pair already has a (decided) match. */
    public void suggest(UUID claimId, UUID otherId, Relation relation, double score, Instant at) {
        entityManager.createNativeQuery("insert into claim_match (claim_id, other_id, relation, score, state, "
                        + "matched_at) values (:a, :b, :relation, :score, 'SUGGESTED', :at), "
                        + "(:b, :a, :relation, :score, 'SUGGESTED', :at) on conflict do nothing")
                .setParameter("a", claimId)
                .setParameter("b", otherId)
                .setParameter("relation", relation.name())
                .setParameter("score", score)
                .setParameter("at", Timestamp.from(at))
                .executeUpdate();
    }

    @SuppressWarnings("unchecked")
    public List<StoredMatch> matchesOf(UUID claimId) {
        List<Object[]> rows = entityManager.createNativeQuery("select claim_id, other_id, relation, score, state, "
                        + "decided_by, decided_at from claim_match where claim_id = :claim "
                        + "order by score desc, other_id")
                .setParameter("claim", claimId)
                .getResultList();
        return rows.stream().map(ClaimMatchRepository::toMatch).toList();
    }

    @SuppressWarnings("unchecked")
    public Optional<StoredMatch> findForUpdate(UUID claimId, UUID otherId) {
        List<Object[]> rows = entityManager.createNativeQuery("select claim_id, other_id, relation, score, state, "
                        + "decided_by, decided_at from claim_match where claim_id = :claim and other_id = :other "
                        + "for update")
                .setParameter("claim", claimId)
                .setParameter("other", otherId)
                .getResultList();
        return rows.stream().findFirst().map(ClaimMatchRepository::toMatch);
    }

    /** The claims linked to any of the given claims by a confirmed match of the relation. */
    @SuppressWarnings("unchecked")
    public List<UUID> confirmedNeighbours(List<UUID> claimIds, Relation relation) {
        List<Object> ids = entityManager.createNativeQuery("select distinct other_id from claim_match "
                        + "where claim_id = any(cast(:claims as uuid[])) and state = 'CONFIRMED' "
                        + "and relation = :relation")
                .setParameter("claims", claimIds.toArray(UUID[]::new))
                .setParameter("relation", relation.name())
                .getResultList();
        return ids.stream().map(id -> (UUID) id).toList();
    }

    /** The claims this claim has a stored match with, whatever its relation and state. */
    @SuppressWarnings("unchecked")
    public List<UUID> othersOf(UUID claimId) {
        List<Object> ids = entityManager.createNativeQuery("select other_id from claim_match where claim_id = :claim")
                .setParameter("claim", claimId)
                .getResultList();
        return ids.stream().map(id -> (UUID) id).toList();
    }

    /** Those of the claims that have a suggested or confirmed CONFLICT match. */
    @SuppressWarnings("unchecked")
    public Set<UUID> withOpenConflict(List<UUID> claimIds) {
        List<Object> ids = entityManager.createNativeQuery("select distinct claim_id from claim_match "
                        + "where claim_id = any(cast(:claims as uuid[])) and relation = 'CONFLICT' "
                        + "and state <> 'REJECTED'")
                .setParameter("claims", claimIds.toArray(UUID[]::new))
                .getResultList();
        return ids.stream().map(id -> (UUID) id).collect(Collectors.toSet());
    }

    /** Records a decision on both directions of the pair. */
    public void decide(UUID claimId, UUID otherId, MatchState state, Relation relation, String actor, Instant at) {
        entityManager.createNativeQuery("update claim_match set state = :state, relation = :relation, "
                        + "decided_by = :actor, decided_at = :at "
                        + "where (claim_id = :a and other_id = :b) or (claim_id = :b and other_id = :a)")
                .setParameter("state", state.name())
                .setParameter("relation", relation.name())
                .setParameter("actor", actor)
                .setParameter("at", Timestamp.from(at))
                .setParameter("a", claimId)
                .setParameter("b", otherId)
                .executeUpdate();
    }

    private static StoredMatch toMatch(Object[] row) {
        Instant decidedAt = row[6] == null ? null : toInstant(row[6]);
        return new StoredMatch((UUID) row[0], (UUID) row[1], Relation.valueOf((String) row[2]),
                ((Number) row[3]).doubleValue(), MatchState.valueOf((String) row[4]), (String) row[5], decidedAt);
    }

    private static Instant toInstant(Object value) {
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value instanceof java.time.OffsetDateTime offset) {
            return offset.toInstant();
        }
        return (Instant) value;
    }
}
