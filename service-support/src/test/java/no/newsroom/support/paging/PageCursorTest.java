package no.newsroom.support.paging;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PageCursorTest {

    private static final UUID ID = UUID.fromString("5b1f0c9e-2f7a-4a53-9a43-0d4f0c2b7e11");
    private static final Instant AT = Instant.parse("2026-03-14T08:15:30.123456Z");

    @Test
    void shouldReadBackTheCursorItEncoded() {
        PageCursor cursor = PageCursor.of("updatedAt", AT, ID);

        PageCursor read = PageCursor.fromQuery(cursor.encode());

        assertEquals(cursor, read);
        assertEquals(AT, read.instantKey());
    }

    @Test
    void returnsNoCursorForTheFirstPage() {
        assertNull(PageCursor.fromQuery(null));
        assertNull(PageCursor.fromQuery(" "));
    }

    @Test
    void shouldRefuseTextThatIsNotACursor() {
        assertThrows(InvalidCursorException.class, () -> PageCursor.fromQuery("not a cursor!"));
        assertThrows(InvalidCursorException.class, () -> PageCursor.fromQuery(base64("updatedAt|only-two")));
    }

    @Test
    void shouldRefuseTheThreeFieldCursorsClaimsUsedToSend() {
        String old = base64(AT + "|" + ID + "|0");

        assertThrows(InvalidCursorException.class, () -> PageCursor.fromQuery(old));
    }

    @Test
    void shouldRefuseACursorOfAnotherOrder() {
        PageCursor cursor = PageCursor.of("publishedAt", AT, ID);

        assertThrows(InvalidCursorException.class, () -> cursor.requireOrder("updatedAt"));
    }

    @Test
    void shouldRefuseAKeyOfTheWrongType() {
        PageCursor cursor = PageCursor.of("relevance", "high", ID);

        assertThrows(InvalidCursorException.class, cursor::floatKey);
        assertThrows(InvalidCursorException.class, cursor::instantKey);
    }

    @Test
    void shouldPointTheNextPageAtTheLastItemShown() {
        Page<Integer> page = Pages.of(List.of(1, 2, 3), 2, item -> PageCursor.of("n", item, ID), 3);

        assertEquals(List.of(1, 2), page.items());
        assertEquals("2", page.nextCursor().key());
    }

    @Test
    void shouldEndAtTheLastPage() {
        Page<Integer> page = Pages.of(List.of(1, 2), 2, item -> PageCursor.of("n", item, ID), 2);

        assertNull(page.nextCursor());
    }

    private static String base64(String raw) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }
}
