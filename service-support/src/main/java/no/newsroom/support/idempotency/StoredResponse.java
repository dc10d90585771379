package no.newsroom.support.idempotency;

/** The first 2xx answer to a keyed request: what a retry with the same key gets back. */
public record StoredResponse(int status, String location, String etag, String contentType, byte[] body) {
}
