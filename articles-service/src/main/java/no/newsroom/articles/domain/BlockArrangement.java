package no.newsroom.articles.domain;

import no.newsroom.articles.model.Block;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * How an article's blocks follow an edit: a block named by id keeps its id (so claims anchored in it stay anchored)
 * and takes the new content and position; a block without an id is new; blocks not named any more are dropped.
 */
public final class BlockArrangement {

    private BlockArrangement() {
    }

    /**
     * @return the blocks in their new order, existing ones updated in place
     * @throws InvalidContentException when a block names an id the article does not have, or names it twice
     */
    public static List<Block> arrange(List<Block> current, List<BlockDraft> drafts, Instant now) {
        Map<UUID, Block> existing = new HashMap<>();
        current.forEach(block -> existing.put(block.id, block));
        Set<UUID> used = new HashSet<>();
        List<Block> arranged = new ArrayList<>();
        for (int index = 0; index < drafts.size(); index++) {
            BlockDraft draft = drafts.get(index);
            if (draft.id() == null) {
                arranged.add(newBlock(draft.content(), now));
                continue;
            }
            Block block = existing.get(draft.id());
            if (block == null || !used.add(draft.id())) {
                throw new InvalidContentException("blocks[" + index + "].id", block == null
                        ? "the article has no block " + draft.id() : "block " + draft.id() + " appears twice");
            }
            write(block, draft.content());
            arranged.add(block);
        }
        return arranged;
    }

    /** A new block with a fresh id, posted now. */
    public static Block newBlock(BlockContent content, Instant now) {
        Block block = new Block();
        block.id = UUID.randomUUID();
        block.postedAt = now;
        write(block, content);
        return block;
    }

    private static void write(Block block, BlockContent content) {
        block.type = content.type();
        block.text = content.text();
        block.caption = content.caption();
        block.credit = content.credit();
        block.url = content.url();
    }
}
