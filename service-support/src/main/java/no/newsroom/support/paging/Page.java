package no.newsroom.support.paging;

import java.util.List;
import java.util.function.Function;

public record Page<T>(List<T> items, PageCursor nextCursor, long total) {

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), nextCursor, total);
    }
}
