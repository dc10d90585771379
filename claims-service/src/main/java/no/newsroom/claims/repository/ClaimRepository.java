package no.newsroom.claims.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import no.newsroom.claims.model.Claim;
import no.newsroom.claims.model.ClaimStatus;
import no.newsroom.support.paging.InvalidCursorException;
import no.newsroom.support.paging.Page;
import no.newsroom.support.paging.PageCursor;
import no.newsroom.support.paging.Pages;
import org.hibernate.jpa.HibernateHints;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Native queries here name no result class, not even for a number (see {@link Claim#ROW} for why). */
@ApplicationScoped
public class ClaimRepository implements PanacheRepositoryBase<Claim, UUID> {

    /** Reads that only map claims to responses: no snapshot for dirty checking is kept of what they load. */
    private static final String READ_ONLY = HibernateHints.HINT_READ_ONLY;

    /** Totals are exact up to this many matches; beyond it they are PostgreSQL's planner estimate. */
    public static final int EXACT_TOTAL_LIMIT = 1_000;

    /** Searches of more words go through the GIN index: each walked word is one more join to plan. */
    private static final int WALKED_WORDS_LIMIT = 8;
    private static final KeySource CLAIMS = new KeySource("claim c", "c.id");
    private static final KeySource SEARCH_TERMS = new KeySource("claim_search_term t", "t.claim_id");
    private static final KeySource SEARCH_TERMS_OF_PUBLIC_CLAIMS =
            new KeySource("claim_search_term t join claim c on c.id = t.claim_id", "t.claim_id");
    private static final Pattern PLANNED_ROWS = Pattern.compile("\"Plan Rows\":\\s*(\\d+)");
    /** The orders a cursor can belong to: the claim list, and each consecutive part of the review queue. */
    private static final String LIST_ORDER = "createdAt";
    private static final String UNVERIFIED_PART = "queue-unverified";
    private static final String RECHECK_PART = "queue-recheck";
    private static final String SHARED_PART = "queue-shared";
    private static final List<String> QUEUE_PARTS = List.of(SHARED_PART, UNVERIFIED_PART, RECHECK_PART);
    private static final String SHARED_AWAITING_APPROVAL = "c.pending_approval and c.verdict_shared_at is not null";

    public Optional<Claim> findWithQuantities(UUID id) {
        return find("from Claim c left join fetch c.quantities where c.id = ?1", id).singleResultOptional();
    }

    public Optional<Claim> findForReading(UUID id) {
        return find("from Claim c left join fetch c.quantities where c.id = ?1", id).withHint(READ_ONLY, true)
                .singleResultOptional();
    }

    /** One query for the claims and their quantities, however many there are. */
    public List<Claim> findForArticle(UUID articleId, boolean excludeWithdrawn) {
        String withdrawn = excludeWithdrawn ? " and c.withdrawnAt is null" : "";
        return find("select distinct c from Claim c left join fetch c.quantities where c.articleId = ?1" + withdrawn
                + " order by c.createdAt, c.id", articleId).withHint(READ_ONLY, true).list();
    }

    /**
     * A digest of everything the claims of this article are written from: each claim's id and version (every change
     * of a claim, its quantities included, bumps the version), the claims that supersede them, and whether their
     * articles are published. Equal digests mean equal answers for the same caller.
     */
    public String digestOfArticle(UUID articleId) {
        return (String) getEntityManager().createNativeQuery("""
                        select md5(coalesce(string_agg(c.id || '@' || c.version || case when %s then 'p' else '' end,
                                                       ',' order by c.id), ''))
                        from (select id, version, article_id from claim where article_id = :article
                              union
                              select newer.id, newer.version, newer.article_id
                              from claim newer join claim older on newer.id = older.superseded_by
                              where older.article_id = :article) c"""
                        .formatted(ArticlePublicationRepository.ARTICLE_PUBLISHED))
                .setParameter("article", articleId)
                .getSingleResult();
    }

    /** The claims' revision: every committed change a claim list or the review queue may show changes it. */
    public long revision() {
        return ((Number) getEntityManager().createNativeQuery("select revision from claims_revision")
                .getSingleResult()).longValue();
    }

    /**
     * The first re-check date after {@code now}, to the millisecond below: until then no claim becomes overdue, so
     * the review queue and the recheckDue list change only with the data.
     */
    public Optional<Instant> nextRecheckAfter(Instant now) {
        Object first = getEntityManager().createNativeQuery(
                        "select floor(extract(epoch from min(recheck_by)) * 1000) from claim where recheck_by > :now")
                .setParameter("now", now)
                .getSingleResult();
        return Optional.ofNullable((Number) first).map(millis -> Instant.ofEpochMilli(millis.longValue()));
    }

    /** Locks the current claims anchored in these blocks until the transaction ends, in id order. */
    public void lockAnchoredIn(List<UUID> blockIds) {
        if (blockIds.isEmpty()) {
            return;
        }
        getEntityManager().createNativeQuery("select id from claim where anchor_block_id in (:blocks)"
                        + " and withdrawn_at is null order by id for no key update")
                .setParameter("blocks", blockIds)
                .getResultList();
    }

    /**
     * The claims of the ids that are not withdrawn, with their quantities in one query; for readers only those of
     * published articles.
     */
    @SuppressWarnings("unchecked")
    public List<Claim> findCurrent(Collection<UUID> ids, boolean publishedOnly) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Object> visible = getEntityManager().createNativeQuery("select c.id from claim c "
                        + "where c.id = any(cast(:ids as uuid[])) and c.withdrawn_at is null"
                        + (publishedOnly ? " and " + ArticlePublicationRepository.ARTICLE_PUBLISHED : ""))
                .setParameter("ids", ids.toArray(UUID[]::new))
                .getResultList();
        if (visible.isEmpty()) {
            return List.of();
        }
        return find("select distinct c from Claim c left join fetch c.quantities where c.id in ?1",
                visible.stream().map(id -> (UUID) id).toList()).withHint(READ_ONLY, true).list();
    }

    /** In SQL: Panache's count derives and translates a count query from the HQL on every call. */
    public long countOpenConflicts() {
        return ((Number) getEntityManager().createNativeQuery(
                        "select count(*) from claim where open_conflict and withdrawn_at is null")
                .getSingleResult()).longValue();
    }

    /** Current (not withdrawn) claims anchored in a block, to re-anchor when the block changes. */
    public List<Claim> findAnchoredIn(UUID blockId) {
        return list("anchorBlockId = ?1 and withdrawnAt is null", blockId);
    }

    /** Oldest first, keyset-paged on (created_at, id); every filter has an index ending in that sort. */
    public Page<Claim> page(ClaimFilter filter, PageCursor after, int limit, Instant now) {
        SqlConditions where = new SqlConditions()
                .addIfPresent("c.article_id = :articleId", "articleId", filter.articleId())
                .addIfPresent(filter.publicOnly() ? "c.public_status = :status" : "c.status = :status", "status",
                        filter.status() == null ? null : filter.status().name())
                .addIfPresent("c.claimant_key = lower(:claimant)", "claimant", filter.claimant())
                .addIfPresent("c.assignee = :assignee", "assignee", filter.assignee())
                .addIfPresent("c.language = :language", "language", filter.language())
                .addIfPresent("c.search @@ plainto_tsquery('simple', :q)", "q", filter.q());
        if (filter.recheckDue()) {
            // The comparison alone excludes nulls (the partial indexes still apply); adding "is not null" made
            // PostgreSQL count the null fraction twice and expect 1 % of the overdue claims.
            where.add("c.recheck_by < :now", "now", now);
        }
        if (filter.conflict()) {
            where.add("c.open_conflict");
        }
        if (filter.publicOnly()) {
            where.add("c.withdrawn_at is null").add(ArticlePublicationRepository.ARTICLE_PUBLISHED);
        }
        if (filter.searchesTextAlone()) {
            List<String> words = words(filter.q());
            if (words.size() <= WALKED_WORDS_LIMIT) {
                return searchPage(words, filter.publicOnly(), where, after, limit);
            }
        }
        long total = total(where);
        if (after != null) {
            where.after("c.created_at", CLAIMS.id(), after.requireOrder(LIST_ORDER));
        }
        List<Claim> rows = select(CLAIMS, where, "c.created_at", limit + 1);
        return Pages.of(rows, limit, ClaimRepository::listCursor, total);
    }

    /**
     * A search with no other filter walks claim_search_term, where each word lists its claims in list order, so a
     * page costs the same however many claims match (the GIN index finds them unordered, and sorting them read
     * every match's row). Several words are merged in that order. Other filters go through their own indexes:
     * walking a common word's claims to test, say, the article of each would read far more rows than they match.
     *
     * @param words        the lexemes {@code plainto_tsquery} would look for, all required
     * @param searchFilter the same search as conditions on claim, for the planner's estimate of large totals
     */
    private Page<Claim> searchPage(List<String> words, boolean publicOnly, SqlConditions searchFilter,
                                   PageCursor after, int limit) {
        if (words.isEmpty()) {
            return new Page<>(List.of(), null, 0);
        }
        SqlConditions where = new SqlConditions().add("t.term = :word0", "word0", words.get(0));
        for (int i = 1; i < words.size(); i++) {
            where.add(("exists (select 1 from claim_search_term w%1$d where w%1$d.term = :word%1$d"
                    + " and w%1$d.created_at = t.created_at and w%1$d.claim_id = t.claim_id)").formatted(i),
                    "word" + i, words.get(i));
        }
        KeySource source = SEARCH_TERMS;
        if (publicOnly) {
            source = SEARCH_TERMS_OF_PUBLIC_CLAIMS;
            where.add("c.withdrawn_at is null").add(ArticlePublicationRepository.ARTICLE_PUBLISHED);
        }
        long total = total(source, where, searchFilter);
        if (after != null) {
            where.after("t.created_at", source.id(), after.requireOrder(LIST_ORDER));
        }
        List<Claim> rows = select(source, where, "t.created_at", limit + 1);
        return Pages.of(rows, limit, ClaimRepository::listCursor, total);
    }

    /** The distinct lexemes of a search text in the configuration of the claims' search vectors. */
    @SuppressWarnings("unchecked")
    private List<String> words(String text) {
        return getEntityManager()
                .createNativeQuery("select unnest(tsvector_to_array(to_tsvector('simple', :text)))")
                .setParameter("text", text)
                .getResultList();
    }

    /**
     * The verification desk's work list: verdicts shared from another claim of a SAME group that await approval,
     * oldest first, then unverified claims oldest first, then claims whose re-check date has passed, most overdue
     * first. Each part is a keyset range scan of its own partial index; a shared verdict with a passed re-check
     * date is listed in the first part only.
     */
    public Page<Claim> reviewQueue(ReviewQueueFilter filter, PageCursor after, int limit, Instant now) {
        SqlConditions common = new SqlConditions()
                .add("c.withdrawn_at is null")
                .addIfPresent("c.article_id = :articleId", "articleId", filter.articleId())
                .addIfPresent("c.language = :language", "language", filter.language())
                .addIfPresent("c.assignee = :assignee", "assignee", filter.assignee());
        SqlConditions shared = common.copy().add(SHARED_AWAITING_APPROVAL);
        SqlConditions unverified = common.copy().add("c.status = 'UNVERIFIED'");
        SqlConditions overdue = common.copy().add("c.status <> 'UNVERIFIED'")
                .add("c.recheck_by < :now", "now", now)
                .add("c.id not in (select s.id from claim s where s.pending_approval "
                        + "and s.verdict_shared_at is not null and s.withdrawn_at is null)");
        long total = total(shared) + total(unverified) + total(overdue);

        String part = after == null ? SHARED_PART : queuePartOf(after);
        List<Claim> rows = new ArrayList<>();
        if (part.equals(SHARED_PART)) {
            if (after != null) {
                shared.after("c.verdict_shared_at", CLAIMS.id(), after);
            }
            rows.addAll(select(CLAIMS, shared, "c.verdict_shared_at", limit + 1));
        }
        if (rows.size() <= limit && !part.equals(RECHECK_PART)) {
            if (after != null && part.equals(UNVERIFIED_PART)) {
                unverified.after("c.created_at", CLAIMS.id(), after);
            }
            rows.addAll(select(CLAIMS, unverified, "c.created_at", limit + 1 - rows.size()));
        }
        if (rows.size() <= limit) {
            if (after != null && part.equals(RECHECK_PART)) {
                overdue.after("c.recheck_by", CLAIMS.id(), after);
            }
            rows.addAll(select(CLAIMS, overdue, "c.recheck_by", limit + 1 - rows.size()));
        }
        return Pages.of(rows, limit, ClaimRepository::queueCursor, total);
    }

    private static String queuePartOf(PageCursor after) {
        if (!QUEUE_PARTS.contains(after.order())) {
            throw new InvalidCursorException();
        }
        return after.order();
    }

    private static PageCursor listCursor(Claim claim) {
        return PageCursor.of(LIST_ORDER, claim.createdAt, claim.id);
    }

    private static PageCursor queueCursor(Claim claim) {
        if (claim.pendingApproval && claim.verdictSharedAt != null) {
            return PageCursor.of(SHARED_PART, claim.verdictSharedAt, claim.id);
        }
        return claim.status == ClaimStatus.UNVERIFIED
                ? PageCursor.of(UNVERIFIED_PART, claim.createdAt, claim.id)
                : PageCursor.of(RECHECK_PART, claim.recheckBy, claim.id);
    }

    private long total(SqlConditions where) {
        return total(CLAIMS, where, where);
    }

    /**
     * Counting stops after a bounded index walk, so a total costs the same at a million claims as at a thousand.
     *
     * @param estimated the same filter as conditions on claim, for the planner's estimate beyond the exact limit
     */
    private long total(KeySource source, SqlConditions where, SqlConditions estimated) {
        var capped = getEntityManager().createNativeQuery("select count(*) from (select 1 from " + source.from()
                + where.where() + " limit " + (EXACT_TOTAL_LIMIT + 1) + ") capped");
        long counted = ((Number) where.bind(capped).getSingleResult()).longValue();
        return counted <= EXACT_TOTAL_LIMIT ? counted : Math.max(EXACT_TOTAL_LIMIT + 1, estimate(estimated));
    }

    private long estimate(SqlConditions where) {
        var plan = getEntityManager().createNativeQuery("explain (format json) select 1 from claim c" + where.where());
        Matcher rows = PLANNED_ROWS.matcher(String.valueOf(where.bind(plan).getSingleResult()));
        return rows.find() ? Long.parseLong(rows.group(1)) : EXACT_TOTAL_LIMIT + 1;
    }

    /**
     * The page's keys are chosen first and only its rows are then read. The keys come from the filter's index
     * alone (index-only), so the plan no longer depends on how many claims PostgreSQL expects to match: reading
     * whole rows, a low estimate made it fetch and sort every match (10,000 overdue claims of one verifier, 20 ms)
     * instead of reading the first page in index order.
     */
    @SuppressWarnings("unchecked")
    private List<Claim> select(KeySource source, SqlConditions where, String sortColumn, int limit) {
        var query = getEntityManager().createNativeQuery("select c.* from claim c join (select " + source.id()
                + " as id, " + sortColumn + " as sort_key from " + source.from() + where.where() + " order by "
                + sortColumn + ", " + source.id() + " limit " + limit + ") page on page.id = c.id"
                + " order by page.sort_key, page.id", Claim.ROW);
        return where.bind(query).setHint(READ_ONLY, true).getResultList();
    }

    /** Where a page's keys are chosen: a row source and the claim id in it. */
    private record KeySource(String from, String id) {
    }
}
