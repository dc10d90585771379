package no.newsroom.articles.domain;

import java.util.UUID;

/** A block in a submitted article: with the id of an existing block to keep it, without one to add it. */
public record BlockDraft(UUID id, BlockContent content) {

    public static BlockDraft added(BlockContent content) {
        return new BlockDraft(null, content);
    }
}
