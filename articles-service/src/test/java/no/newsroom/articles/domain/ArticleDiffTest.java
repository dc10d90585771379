package no.newsroom.articles.domain;

import no.newsroom.articles.model.ArticleStatus;
import no.newsroom.articles.model.BlockType;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ArticleDiffTest {

    private static final BlockSnapshot A = block("A.");
    private static final BlockSnapshot B = block("B.");
    private static final BlockSnapshot C = block("C.");
    private static final BlockSnapshot D = block("D.");

    @Test
    void shouldNotCallFollowingBlocksMovedWhenOneIsInserted() {
        BlockSnapshot inserted = block("Ny.");

        ArticleDiff diff = ArticleDiff.between(article(A, B, C), article(inserted, A, B, C));

        assertEquals(List.of(new ArticleDiff.BlockChange(inserted.id(), ArticleDiff.Change.ADDED, null, 0, null,
                "Ny.")), diff.blocks());
    }

    @Test
    void shouldCallOnlyTheDraggedBlockMoved() {
        ArticleDiff diff = ArticleDiff.between(article(A, B, C, D), article(B, C, D, A));

        assertEquals(List.of(new ArticleDiff.BlockChange(A.id(), ArticleDiff.Change.MOVED, 0, 3, "A.", "A.")),
                diff.blocks());
    }

    @Test
    void shouldReportEditedTextBeforeAndAfter() {
        BlockSnapshot edited = new BlockSnapshot(B.id(), BlockType.PARAGRAPH, "B rettet.", null, null, null,
                B.postedAt());

        ArticleDiff diff = ArticleDiff.between(article(A, B), article(A, edited));

        assertEquals(List.of(new ArticleDiff.BlockChange(B.id(), ArticleDiff.Change.EDITED, 1, 1, "B.",
                "B rettet.")), diff.blocks());
    }

    @Test
    void shouldReportRemovedBlocksAndChangedFields() {
        ArticleSnapshot before = article(A, B);
        ArticleSnapshot after = new ArticleSnapshot(before.slug(), "Ny tittel", null, "nb", ArticleStatus.DRAFT,
                List.of(), List.of(), null, List.of(A));

        ArticleDiff diff = ArticleDiff.between(before, after);

        assertEquals(List.of(new ArticleDiff.FieldChange("title", "Tittel", "Ny tittel")), diff.fields());
        assertEquals(ArticleDiff.Change.REMOVED, diff.blocks().get(0).change());
        assertEquals("B.", diff.blocks().get(0).before());
    }

    @Test
    void shouldFindNothingBetweenEqualContent() {
        assertTrue(ArticleDiff.between(article(A, B), article(A, B)).isEmpty());
    }

    private static ArticleSnapshot article(BlockSnapshot... blocks) {
        return new ArticleSnapshot("tittel", "Tittel", null, "nb", ArticleStatus.DRAFT, List.of(), List.of(), null,
                Arrays.asList(blocks));
    }

    private static BlockSnapshot block(String text) {
        return new BlockSnapshot(UUID.randomUUID(), BlockType.PARAGRAPH, text, null, null, null,
                java.time.Instant.parse("2022-03-14T08:00:00Z"));
    }
}
