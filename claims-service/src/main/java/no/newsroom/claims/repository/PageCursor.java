package no.newsroom.claims.repository;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

/**
 * An opaque keyset position: the sort key and id of the last item a client has seen, and for lists made of
 * consecutive parts (the review queue) the part that item came from.
 */
public record PageCursor(Instant sortKey, UUID id, int part) {

    public PageCursor(Instant sortKey, UUID id) {
        this(sortKey, id, 0);
    }

    public String encode() {
        String raw = sortKey.toString() + "|" + id + "|" + part;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    /** @throws InvalidCursorException when the text is not a cursor this service produced */
    public static PageCursor decode(String cursor) {
        try {
            String[] fields = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\|");
            if (fields.length != 3) {
                throw new IllegalArgumentException("expected three fields");
            }
            return new PageCursor(Instant.parse(fields[0]), UUID.fromString(fields[1]), Integer.parseInt(fields[2]));
        } catch (RuntimeException e) {
            throw new InvalidCursorException(e);
        }
    }
}
