package no.newsroom.support.outbox;

/**
 * How both services keep their outbox feed gap-free for consumers that poll {@code id > after}.
 * <p>
 * An identity value is drawn when a row is inserted but becomes visible when its transaction commits, so without
 * coordination a consumer can see id 8 while id 7 is still uncommitted, move past it and never read it. Every
 * writing transaction therefore runs {@link #LOCK_SQL} immediately before its first outbox insert: the
 * transaction-scoped advisory lock is held until commit or rollback, so the next writer draws its id only after
 * the previous one is visible (or gone), and ids become visible in increasing order. The lock is taken after the
 * change itself has been flushed, which keeps the lock order (rows first, then the outbox) the same everywhere.
 */
public final class OutboxOrder {

    /** A scalar select, so JPA's {@code getSingleResult()} runs it; the key is arbitrary but fixed per database. */
    public static final String LOCK_SQL = "select count(*) from (select pg_advisory_xact_lock(8117001)) locked";

    private OutboxOrder() {
    }
}
