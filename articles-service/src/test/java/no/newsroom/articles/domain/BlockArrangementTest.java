package no.newsroom.articles.domain;

import no.newsroom.articles.model.Block;
import no.newsroom.articles.model.BlockType;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

class BlockArrangementTest {

    private static final Instant NOW = Instant.parse("2022-03-14T08:00:00Z");

    @Test
    void shouldKeepANamedBlocksIdentityAndTakeItsNewTextAndPlace() {
        Block first = block("Først");
        Block second = block("Så");

        List<Block> arranged = BlockArrangement.arrange(List.of(first, second), List.of(
                new BlockDraft(second.id, BlockContent.of(BlockType.PARAGRAPH, "Så, rettet")),
                new BlockDraft(first.id, BlockContent.of(BlockType.HEADING, "Først"))), NOW);

        assertSame(second, arranged.get(0));
        assertEquals("Så, rettet", arranged.get(0).text);
        assertSame(first, arranged.get(1));
        assertEquals(BlockType.HEADING, arranged.get(1).type);
    }

    @Test
    void shouldGiveABlockWithoutAnIdAFreshIdentityAndDropBlocksNoLongerNamed() {
        Block kept = block("Beholdt");
        Block dropped = block("Fjernet");

        List<Block> arranged = BlockArrangement.arrange(List.of(kept, dropped), List.of(
                BlockDraft.added(BlockContent.of(BlockType.PARAGRAPH, "Ny")),
                new BlockDraft(kept.id, BlockContent.of(BlockType.PARAGRAPH, "Beholdt"))), NOW);

        assertEquals(2, arranged.size());
        assertNotNull(arranged.get(0).id);
        assertEquals(NOW, arranged.get(0).postedAt);
        assertEquals("Ny", arranged.get(0).text);
        assertSame(kept, arranged.get(1));
    }

    @Test
    void shouldRefuseAnIdTheArticleDoesNotHave() {
        UUID stranger = UUID.randomUUID();

        InvalidContentException refused = assertThrows(InvalidContentException.class,
                () -> BlockArrangement.arrange(List.of(block("A")),
                        List.of(new BlockDraft(stranger, BlockContent.of(BlockType.PARAGRAPH, "B"))), NOW));

        assertEquals("blocks[0].id", refused.field());
    }

    @Test
    void shouldRefuseABlockNamedTwice() {
        Block block = block("A");

        InvalidContentException refused = assertThrows(InvalidContentException.class,
                () -> BlockArrangement.arrange(List.of(block), List.of(
                        new BlockDraft(block.id, BlockContent.of(BlockType.PARAGRAPH, "A")),
                        new BlockDraft(block.id, BlockContent.of(BlockType.PARAGRAPH, "A igjen"))), NOW));

        assertEquals("blocks[1].id", refused.field());
    }

    private static Block block(String text) {
        return BlockArrangement.newBlock(BlockContent.of(BlockType.PARAGRAPH, text), NOW.minusSeconds(60));
    }
}
