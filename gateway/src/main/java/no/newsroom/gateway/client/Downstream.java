package no.newsroom.gateway.client;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import io.vertx.core.VertxException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import no.newsroom.support.idempotency.IdempotencyFilter;

import java.io.IOException;
import java.util.concurrent.TimeoutException;

/**
 * A downstream answer, fully read, so it can be passed on or composed after the connection is released. The body
 * stays the bytes the service sent: the gateway reads into it only what it decides on ({@link #read}).
 * {@code replayed} says that the service answered a retried create from its idempotency store.
 */
public record Downstream(int status, String contentType, String etag, String location, byte[] body,
                         boolean replayed) {

    public Downstream(int status, String contentType, String etag, String location, byte[] body) {
        this(status, contentType, etag, location, body, false);
    }

    /**
     * Reads the answer of {@code call}. The service being unreachable (a connection or I/O failure, raw or wrapped by
     * the REST client) and 5xx answers become {@link ServiceUnavailableException}; anything else thrown here is a
     * bug and goes on as it is.
     */
    static Uni<Downstream> read(String service, Uni<Response> call) {
        return call.map(Downstream::of)
                .map(answer -> answer.requireNoServerError(service))
                .onFailure(Downstream::isTransportFailure)
                .transform(failure -> new ServiceUnavailableException(service, failure));
    }

    private static boolean isTransportFailure(Throwable failure) {
        return failure instanceof IOException || failure instanceof ProcessingException
                || failure instanceof VertxException || failure instanceof TimeoutException;
    }

    private static Downstream of(Response response) {
        try (response) {
            byte[] body = response.hasEntity() ? response.readEntity(byte[].class) : null;
            return new Downstream(response.getStatus(), response.getHeaderString(HttpHeaders.CONTENT_TYPE),
                    response.getHeaderString(HttpHeaders.ETAG), response.getHeaderString(HttpHeaders.LOCATION), body,
                    "true".equals(response.getHeaderString(IdempotencyFilter.REPLAYED)));
        }
    }

    public boolean isSuccessful() {
        return status >= 200 && status < 300;
    }

    /**
     * The body as {@code type}, a record of the few fields the gateway decides on (unknown fields ignored). A body
     * that is not that JSON breaks the services' contract: a bug, answered 500 and logged, not a 503.
     */
    public <T> T read(ObjectMapper json, Class<T> type) {
        try {
            return json.readValue(body, type);
        } catch (IOException e) {
            throw new IllegalStateException("A downstream " + status + " answer is not the JSON of "
                    + type.getSimpleName(), e);
        }
    }

    /** 5xx answers count as failures so that retries and the circuit breaker see them. */
    private Downstream requireNoServerError(String service) {
        if (status >= 500) {
            throw new ServiceUnavailableException(service, "answered " + status);
        }
        return this;
    }
}
