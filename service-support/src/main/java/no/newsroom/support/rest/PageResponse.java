package no.newsroom.support.rest;

import no.newsroom.support.paging.Page;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.function.Function;

@Schema(description = "One page of a list; pass nextCursor as cursor to get the next page (null on the last page)")
public record PageResponse<T>(List<T> items, @Schema(nullable = true) String nextCursor, long total) {

    public static <E, T> PageResponse<T> of(Page<E> page, Function<E, T> mapper) {
        String next = page.nextCursor() == null ? null : page.nextCursor().encode();
        return new PageResponse<>(page.items().stream().map(mapper).toList(), next, page.total());
    }
}
