package no.newsroom.support.paging;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import java.util.function.Function;

/**
 * An opaque keyset position: the order it belongs to, the sort key and the id of the last item a client has
 * seen. A cursor is only valid for the order that produced it.
 */
public record PageCursor(String order, String key, UUID id) {

    public static PageCursor of(String order, Object key, UUID id) {
        return new PageCursor(order, String.valueOf(key), id);
    }

    /**
     * @return the cursor a client sent, or null for the first page
     * @throws InvalidCursorException when the text is not a cursor this suite produced
     */
    public static PageCursor fromQuery(String cursor) {
        return cursor == null || cursor.isBlank() ? null : decode(cursor);
    }

    public String encode() {
        String raw = order + "|" + key + "|" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    /** @throws InvalidCursorException when the text is not a cursor this suite produced */
    private static PageCursor decode(String cursor) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\|");
            if (parts.length != 3) {
                throw new InvalidCursorException();
            }
            return new PageCursor(parts[0], parts[1], UUID.fromString(parts[2]));
        } catch (IllegalArgumentException e) {
            throw new InvalidCursorException(e);
        }
    }

    /** @throws InvalidCursorException when the cursor came from a list in another order */
    public PageCursor requireOrder(String expected) {
        if (!order.equals(expected)) {
            throw new InvalidCursorException();
        }
        return this;
    }

    public Instant instantKey() {
        return parsedKey(Instant::parse);
    }

    public float floatKey() {
        return parsedKey(Float::parseFloat);
    }

    public int intKey() {
        return parsedKey(Integer::parseInt);
    }

    private <T> T parsedKey(Function<String, T> parser) {
        try {
            return parser.apply(key);
        } catch (RuntimeException e) {
            throw new InvalidCursorException(e);
        }
    }
}
