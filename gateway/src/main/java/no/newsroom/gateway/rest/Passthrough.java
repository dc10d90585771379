package no.newsroom.gateway.rest;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import no.newsroom.gateway.client.Downstream;

/** Hands a downstream answer to the client as it is: status, body, content type and ETag, problems included. */
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
        return response.build();
    }
}
