package no.newsroom.articles.domain;

import java.util.List;

/**
 * How much one article may hold, whichever way it arrives: the JSON requests declare these limits, and imported text
 * is held to them too once it has been split into blocks.
 */
public final class ContentLimits {

    public static final int MAX_BLOCKS = 2_000;
    public static final int MAX_BLOCK_TEXT = 20_000;
    public static final int MAX_CAPTION = 2_000;
    public static final int MAX_CREDIT = 300;

    private ContentLimits() {
    }

    /** @throws InvalidContentException naming the first block or field over its limit */
    public static void check(List<BlockContent> blocks) {
        if (blocks.size() > MAX_BLOCKS) {
            throw new InvalidContentException("blocks", "at most " + MAX_BLOCKS + " blocks; the text has "
                    + blocks.size());
        }
        for (int i = 0; i < blocks.size(); i++) {
            BlockContent block = blocks.get(i);
            checkLength("blocks[" + i + "].text", block.text(), MAX_BLOCK_TEXT);
            checkLength("blocks[" + i + "].caption", block.caption(), MAX_CAPTION);
            checkLength("blocks[" + i + "].credit", block.credit(), MAX_CREDIT);
        }
    }

    private static void checkLength(String field, String value, int max) {
        if (value != null && value.length() > max) {
            throw new InvalidContentException(field, "at most " + max + " characters; this one has "
                    + value.length());
        }
    }
}
