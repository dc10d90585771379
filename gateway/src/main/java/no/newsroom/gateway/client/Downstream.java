package no.newsroom.gateway.client;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/** A downstream answer, fully read, so it can be passed on or composed after the connection is released. */
public record Downstream(int status, String contentType, String etag, String location, String body) {

    /** Reads the answer of {@code call}; transport failures and 5xx become {@link ServiceUnavailableException}. */
    static Uni<Downstream> read(String service, Uni<Response> call) {
        return call.map(Downstream::of)
                .map(answer -> answer.requireNoServerError(service))
                .onFailure(failure -> !(failure instanceof ServiceUnavailableException))
                .transform(failure -> new ServiceUnavailableException(service, failure));
    }

    private static Downstream of(Response response) {
        try (response) {
            String body = response.hasEntity() ? response.readEntity(String.class) : null;
            return new Downstream(response.getStatus(), response.getHeaderString(HttpHeaders.CONTENT_TYPE),
                    response.getHeaderString(HttpHeaders.ETAG), response.getHeaderString(HttpHeaders.LOCATION), body);
        }
    }

    public boolean isSuccessful() {
        return status >= 200 && status < 300;
    }

    /** 5xx answers count as failures so that retries and the circuit breaker see them. */
    private Downstream requireNoServerError(String service) {
        if (status >= 500) {
            throw new ServiceUnavailableException(service, "answered " + status);
        }
        return this;
    }
}
