package no.newsroom.gateway.service;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A position in both outboxes at once, written {@code a<articleEventId>.c<claimEventId>}. Every relayed event
 * carries the cursor just after it as its SSE id, so {@code Last-Event-ID} resumes both feeds exactly.
 */
public record EventCursor(long articles, long claims) {

    private static final Pattern FORMAT = Pattern.compile("a(\\d{1,18})\\.c(\\d{1,18})");

    public static final EventCursor START = new EventCursor(0, 0);

    /** Empty for anything that is not a cursor this gateway handed out. */
    public static Optional<EventCursor> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        Matcher matcher = FORMAT.matcher(value.trim());
        return matcher.matches()
                ? Optional.of(new EventCursor(Long.parseLong(matcher.group(1)), Long.parseLong(matcher.group(2))))
                : Optional.empty();
    }

    EventCursor withArticles(long articleEventId) {
        return new EventCursor(Math.max(articles, articleEventId), claims);
    }

    EventCursor withClaims(long claimEventId) {
        return new EventCursor(articles, Math.max(claims, claimEventId));
    }

    boolean isBefore(EventCursor other) {
        return articles < other.articles || claims < other.claims;
    }

    @Override
    public String toString() {
        return "a" + articles + ".c" + claims;
    }
}
