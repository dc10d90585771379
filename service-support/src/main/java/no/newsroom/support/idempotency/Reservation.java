package no.newsroom.support.idempotency;

/** What the store found for a keyed request. */
public sealed interface Reservation {

    /** The key is new (or its earlier use expired): this request runs and its answer is stored. */
    record Fresh() implements Reservation {
    }

    /** The same request finished before: replay its answer. */
    record Replay(StoredResponse response) implements Reservation {
    }

    /** The same request is still running. */
    record InProgress() implements Reservation {
    }

    /** The key was used with a different request. */
    record Mismatch() implements Reservation {
    }
}
