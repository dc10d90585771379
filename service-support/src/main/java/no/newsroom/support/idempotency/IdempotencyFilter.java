package no.newsroom.support.idempotency;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import no.newsroom.support.rest.Problem;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Optional;

/**
 * Safe retries for {@link Idempotent} creates, after the IETF draft "The Idempotency-Key HTTP Header Field": the
 * first request with a key runs and its 2xx answer (status, Location, ETag, Content-Type, body) is kept for
 * 24 hours; a retry with the same key and request gets that answer again, marked {@code Idempotent-Replayed: true};
 * the same key with a different request is a 422; a retry while the first is still running is a 409 (the client
 * retries it later). Keys belong to the caller and the operation, so two callers cannot see each other's answers.
 * Requests without the header behave as before.
 */
public class IdempotencyFilter {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED = "Idempotent-Replayed";
    static final String TYPE_BASE = "https://newsroom.example/problems/";
    static final int MAX_KEY_LENGTH = 255;
    private static final String RESERVED = IdempotencyFilter.class.getName() + ".reserved";

    private final IdempotencyKeyStore store;
    private final ObjectMapper json;

    public IdempotencyFilter(IdempotencyKeyStore store, ObjectMapper json) {
        this.store = store;
        this.json = json;
    }

    @Idempotent
    @ServerRequestFilter
    public Optional<Response> reserve(ContainerRequestContext request) throws IOException {
        String key = request.getHeaderString(HEADER);
        if (key == null) {
            return Optional.empty();
        }
        key = unquoted(key.strip());
        String path = request.getUriInfo().getPath();
        if (key.isEmpty() || key.length() > MAX_KEY_LENGTH) {
            return Optional.of(problem(400, "invalid-idempotency-key", "Invalid Idempotency-Key",
                    "The Idempotency-Key header must hold 1 to " + MAX_KEY_LENGTH + " characters", path));
        }
        byte[] body = request.getEntityStream().readAllBytes();
        request.setEntityStream(new ByteArrayInputStream(body));
        var keyed = new KeyedRequest(caller(request), request.getMethod(), path, key,
                fingerprint(request.getUriInfo().getRequestUri().getRawQuery(), body));
        Reservation reservation = store.reserve(keyed);
        if (reservation instanceof Reservation.Replay replay) {
            return Optional.of(replay(replay.response()));
        }
        if (reservation instanceof Reservation.InProgress) {
            return Optional.of(problem(409, "idempotency-key-in-use", "Request with this Idempotency-Key still "
                    + "running", "A request with Idempotency-Key " + key + " is still being processed; retry once "
                    + "it has finished", path));
        }
        if (reservation instanceof Reservation.Mismatch) {
            return Optional.of(problem(422, "idempotency-key-reused", "Idempotency-Key reused", "Idempotency-Key "
                    + key + " was already used with a different request to " + path + "; use a new key for a new "
                    + "request", path));
        }
        request.setProperty(RESERVED, keyed);
        return Optional.empty();
    }

    @Idempotent
    @ServerResponseFilter
    public void store(ContainerRequestContext request, ContainerResponseContext response) {
        if (!(request.getProperty(RESERVED) instanceof KeyedRequest keyed)) {
            return;
        }
        if (response.getStatusInfo().getFamily() != Response.Status.Family.SUCCESSFUL) {
            store.release(keyed);
            return;
        }
        MediaType mediaType = response.getMediaType();
        store.complete(keyed, new StoredResponse(response.getStatus(),
                response.getHeaderString(HttpHeaders.LOCATION), response.getHeaderString(HttpHeaders.ETAG),
                mediaType == null ? MediaType.APPLICATION_JSON : mediaType.toString(), bodyOf(response)));
    }

    private Response replay(StoredResponse stored) {
        var builder = Response.status(stored.status()).header(REPLAYED, "true");
        if (stored.location() != null) {
            builder.header(HttpHeaders.LOCATION, stored.location());
        }
        if (stored.etag() != null) {
            builder.header(HttpHeaders.ETAG, stored.etag());
        }
        if (stored.body() != null) {
            builder.entity(stored.body()).type(stored.contentType());
        }
        return builder.build();
    }

    private byte[] bodyOf(ContainerResponseContext response) {
        Object entity = response.getEntity();
        if (entity == null) {
            return null;
        }
        if (entity instanceof String text) {
            return text.getBytes(StandardCharsets.UTF_8);
        }
        try {
            return json.writeValueAsBytes(entity);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Response problem(int status, String type, String title, String detail, String path) {
        return Response.status(status).type(Problem.MEDIA_TYPE)
                .entity(new Problem(TYPE_BASE + type, title, status, detail, path, null)).build();
    }

    private static String caller(ContainerRequestContext request) {
        var principal = request.getSecurityContext().getUserPrincipal();
        return principal == null ? "" : principal.getName();
    }

    /** The draft sends the key as a structured-field string ("..."); plain tokens are accepted too. */
    private static String unquoted(String key) {
        return key.length() >= 2 && key.startsWith("\"") && key.endsWith("\"") ? key.substring(1, key.length() - 1)
                : key;
    }

    private static byte[] fingerprint(String query, byte[] body) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update((query == null ? "" : query).getBytes(StandardCharsets.UTF_8));
            sha256.update((byte) 0);
            return sha256.digest(body);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
