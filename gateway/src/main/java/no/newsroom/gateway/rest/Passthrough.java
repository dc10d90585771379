package no.newsroom.gateway.rest;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import no.newsroom.gateway.client.Downstream;
import no.newsroom.support.idempotency.IdempotencyFilter;

/**
 * Hands a downstream answer to the client as it is: status, body, content type, ETag, Location and the mark of a
 * replayed create, problems included. Locations are rewritten to the public API by {@link ResponseHeaders}.
 */
final class Passthrough {

    private Passthrough() {
    }

    static Response of(Downstream answer) {
        Response.ResponseBuilder response = Response.status(answer.status()).entity(answer.body());
        if (answer.contentType() != null) {
            response.header(HttpHeaders.CONTENT_TYPE, answer.contentType());
        }
        if (answer.etag() != null) {
            response.header(HttpHeaders.ETAG, answer.etag());
        }
        if (answer.location() != null) {
            response.header(HttpHeaders.LOCATION, answer.location());
        }
        if (answer.replayed()) {
            response.header(IdempotencyFilter.REPLAYED, "true");
        }
        return response.build();
    }

    /** As {@link #of}, but answers 304 itself when the client already holds this version. */
    static Response conditional(Downstream answer, Request request) {
        if (answer.status() != 200 || answer.etag() == null) {
            return of(answer);
        }
        EntityTag tag = EntityTag.valueOf(answer.etag());
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        return notModified != null ? notModified.tag(tag).build() : of(answer);
    }
}
