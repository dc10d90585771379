package no.newsroom.articles.domain;

import no.newsroom.articles.model.BlockType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ArticleImporterTest {

    @Test
    void shouldSplitCaptionFromPhotoCredit() {
        List<BlockContent> blocks = ArticleImporter.parse("Boligblokker skutt i stykker i Mariupol. Foto: AZOV / Reuters");

        assertEquals(List.of(new BlockContent(BlockType.IMAGE, null, "Boligblokker skutt i stykker i Mariupol.",
                "Foto: AZOV / Reuters", null)), blocks);
    }

    @Test
    void shouldSplitCaptionFromACreditOfSeveralNamesOrAShortPhrase() {
        List<BlockContent> blocks = ArticleImporter.parse("""
                Statsministeren på vei inn til møtet Foto: Heiko Junge, NTB

                Familien samlet i hagen. Foto: privat

                Rescue workers search the rubble in Antakya. Photo: Getty Images via AFP""");

        assertEquals(List.of("Foto: Heiko Junge, NTB", "Foto: privat", "Photo: Getty Images via AFP"),
                blocks.stream().map(BlockContent::credit).toList());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Redaksjonen opplyser at alle bildene er merket «Foto: NTB», slik avtalen krever.",
            "Bildene var merket Foto: NTB og ble likevel publisert uten avtale.",
            "– Vi skriver alltid Foto: fotografens navn, også når bildet er privat, sier fotosjefen.",
            "Han mener at merkingen «Foto: Privat» skjuler hvem som tok bildet.",
            "The agency said the pictures were labelled \"Photo: Reuters\" in its archive.",
            "Every picture in the series carried the line Photo: courtesy of the family, which the editors kept.",
            "The caption read “Photo: AP” although the image came from a freelancer."})
    void shouldKeepAParagraphThatMentionsACreditMarkerAsAParagraph(String paragraph) {
        List<BlockContent> blocks = ArticleImporter.parse(paragraph);

        assertEquals(1, blocks.size());
        assertEquals(paragraph, blocks.get(0).text());
        assertTrue(blocks.get(0).type() == BlockType.PARAGRAPH || blocks.get(0).type() == BlockType.QUOTE,
                () -> "read as " + blocks.get(0));
        assertNull(blocks.get(0).credit());
    }

    @Test
    void shouldTurnSourceLineIntoSourceBlock() {
        List<BlockContent> blocks = ArticleImporter.parse("Kilde: Institute for the Study of War / NRK");

        assertEquals(BlockContent.of(BlockType.SOURCE, "Institute for the Study of War / NRK"), blocks.get(0));
    }

    @Test
    void shouldRecogniseDashAndGuillemetQuotes() {
        List<BlockContent> blocks = ArticleImporter.parse("– Jeg så en bane, sier han.\n\n«Hjelp Ukraina», skriver Kuleba.");

        assertEquals(List.of(BlockType.QUOTE, BlockType.QUOTE), blocks.stream().map(BlockContent::type).toList());
    }

    @Test
    void shouldTreatShortUnpunctuatedLineAsHeading() {
        List<BlockContent> blocks = ArticleImporter.parse("Ny evakuering av sivile\n\nDet ble meldt om flyalarm.");

        assertEquals(List.of(BlockType.HEADING, BlockType.PARAGRAPH), blocks.stream().map(BlockContent::type).toList());
    }

    @Test
    void shouldTurnVideoPlaceholderIntoVideoBlockWithCaptionOnce() {
        String caption = "En eksplosjon i Kyiv førte til skader.";
        List<BlockContent> blocks = ArticleImporter.parse(caption + " " + ArticleImporter.VIDEO_PLACEHOLDER + " " + caption);

        assertEquals(new BlockContent(BlockType.VIDEO, null, caption, null, null), blocks.get(0));
    }

    @Test
    void shouldImportSeedArticleBlockByBlock() throws IOException {
        List<BlockContent> blocks = ArticleImporter.parse(seedArticle());

        assertEquals(43, blocks.size());
        assertEquals(BlockType.PARAGRAPH, blocks.get(0).type());
        assertTrue(blocks.get(0).text().startsWith("Fragmenter fra en russisk missil"));
        assertEquals(BlockType.VIDEO, blocks.get(4).type());
        assertEquals("En eksplosjon i Kyiv førte til skader på bygninger og kjøretøy.", blocks.get(4).caption());
        assertEquals(BlockType.QUOTE, blocks.get(6).type());
        assertEquals(new BlockContent(BlockType.IMAGE, null,
                "Flere steder i Kyiv har blitt rammet av angrep og eksplosjoner mandag.", "Foto: Kyiv kommune", null),
                blocks.get(9));
        assertEquals(BlockContent.of(BlockType.HEADING, "Ber om bistand"), blocks.get(13));
        assertEquals(BlockType.QUOTE, blocks.get(18).type());
        assertTrue(blocks.get(18).text().startsWith("«Hjelp Ukraina"));
        assertEquals(BlockContent.of(BlockType.SOURCE, "Institute for the Study of War / Rochan Consulting / NRK"),
                blocks.stream().filter(block -> block.type() == BlockType.SOURCE).findFirst().orElseThrow());
        assertEquals(BlockContent.of(BlockType.HEADING, "Nytt Nato-møte"), blocks.get(41));
        assertEquals(5, blocks.stream().filter(block -> block.type() == BlockType.IMAGE).count());
        assertNull(blocks.get(0).credit());
    }

    static String seedArticle() throws IOException {
        try (InputStream in = ArticleImporterTest.class.getClassLoader()
                .getResourceAsStream("demo/kyiv-live-2022-03-14.nb.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
