package no.newsroom.articles.domain;

import no.newsroom.articles.model.BlockType;

/** What a block says, independent of where it is stored. */
public record BlockContent(BlockType type, String text, String caption, String credit, String url) {

    public static BlockContent of(BlockType type, String text) {
        return new BlockContent(type, text, null, null, null);
    }
}
