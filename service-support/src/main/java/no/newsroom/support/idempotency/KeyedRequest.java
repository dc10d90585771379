package no.newsroom.support.idempotency;

/**
 * One caller's use of an idempotency key on one operation; {@code fingerprint} is the SHA-256 of the query and
 * body, so the same key with a different request can be told apart from a retry.
 */
public record KeyedRequest(String caller, String method, String path, String key, byte[] fingerprint) {
}
