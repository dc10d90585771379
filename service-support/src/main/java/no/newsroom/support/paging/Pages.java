package no.newsroom.support.paging;

import java.util.List;
import java.util.function.Function;

public final class Pages {

    private Pages() {
    }

    /** Expects up to {@code limit + 1} rows: the extra one only tells that another page exists. */
    public static <T> Page<T> of(List<T> rows, int limit, Function<T, PageCursor> cursorOf, long total) {
        if (rows.size() <= limit) {
            return new Page<>(rows, null, total);
        }
        List<T> items = rows.subList(0, limit);
        return new Page<>(List.copyOf(items), cursorOf.apply(items.get(limit - 1)), total);
    }
}
