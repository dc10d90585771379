package no.newsroom.articles.domain;

import no.newsroom.articles.model.BlockType;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns plain article text in the newsroom's copy style into blocks. Paragraphs are separated by blank lines;
 * a paragraph ending in a credit ({@code Foto: X}) is an image caption, one starting with {@code Kilde:} names sources,
 * one starting with a dash or guillemet is a quote, a short line without closing punctuation is a heading,
 * and the web player's "needs javascript" placeholder marks a video.
 */
public final class ArticleImporter {

    static final String VIDEO_PLACEHOLDER = "Du trenger javascript for å se video.";

    private static final Pattern PHOTO_CREDIT = Pattern.compile("^(.*\\S)\\s+((?:Foto|Photo|Illustrasjon): ?\\S.*)$");
    private static final String CAPTION_END_MARKS = ".!?…»”\")";
    private static final String NOT_IN_A_CREDIT = ";«»“”\"!?";
    private static final String CREDIT_JOINERS = "/&";
    private static final int MAX_CREDIT_WORDS = 8;
    private static final Pattern SOURCE_LINE = Pattern.compile("^(?:Kilde|Kilder|Source|Sources):\\s*(.+)$");
    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\R\\s*\\R");
    private static final int MAX_HEADING_LENGTH = 80;
    private static final int MAX_HEADING_WORDS = 10;

    private ArticleImporter() {
    }

    public static List<BlockContent> parse(String text) {
        List<BlockContent> blocks = new ArrayList<>();
        // Pasted copy may carry NUL characters, which PostgreSQL text cannot store and no reader needs.
        Arrays.stream(PARAGRAPH_BREAK.split(text.replace("\u0000", "").strip()))
                .map(paragraph -> paragraph.strip().replaceAll("\\s*\\R\\s*", " "))
                .filter(paragraph -> !paragraph.isEmpty())
                .map(ArticleImporter::classify)
                .forEach(blocks::add);
        return blocks;
    }

    private static BlockContent classify(String paragraph) {
        if (paragraph.contains(VIDEO_PLACEHOLDER)) {
            return video(paragraph);
        }
        Matcher source = SOURCE_LINE.matcher(paragraph);
        if (source.matches()) {
            return BlockContent.of(BlockType.SOURCE, source.group(1).strip());
        }
        Matcher photo = PHOTO_CREDIT.matcher(paragraph);
        if (photo.matches() && isCredit(photo.group(1), photo.group(2))) {
            return new BlockContent(BlockType.IMAGE, null, photo.group(1), photo.group(2), null);
        }
        if (paragraph.startsWith("–") || paragraph.startsWith("«") || paragraph.startsWith("- ")) {
            return BlockContent.of(BlockType.QUOTE, paragraph);
        }
        if (isHeading(paragraph)) {
            return BlockContent.of(BlockType.HEADING, paragraph);
        }
        return BlockContent.of(BlockType.PARAGRAPH, paragraph);
    }

    /** The player text sits between two copies of the caption; keep the caption once. */
    private static BlockContent video(String paragraph) {
        int at = paragraph.indexOf(VIDEO_PLACEHOLDER);
        String before = paragraph.substring(0, at).strip();
        String after = paragraph.substring(at + VIDEO_PLACEHOLDER.length()).strip();
        String caption = before.isEmpty() || before.equals(after) ? after : before;
        return new BlockContent(BlockType.VIDEO, null, caption.isEmpty() ? null : caption, null, null);
    }

    /**
     * A credit closes a caption: a few words with no quotation marks, either names ("Foto: Heiko Junge, NTB") or,
     * after a caption that ends its sentence, a short phrase ("Foto: privat"). A paragraph that only mentions a credit
     * marker in its running text ("merket «Foto: NTB», sier hun") is not a caption.
     */
    private static boolean isCredit(String caption, String credit) {
        String creditText = credit.substring(credit.indexOf(':') + 1).strip();
        String[] words = creditText.split("\\s+");
        if (words.length > MAX_CREDIT_WORDS || creditText.chars().anyMatch(c -> NOT_IN_A_CREDIT.indexOf(c) >= 0)) {
            return false;
        }
        if (Arrays.stream(words).allMatch(ArticleImporter::isNamePart)) {
            return true;
        }
        boolean captionEnded = CAPTION_END_MARKS.indexOf(caption.charAt(caption.length() - 1)) >= 0;
        return captionEnded && !creditText.contains(",") && !creditText.endsWith(".");
    }

    private static boolean isNamePart(String word) {
        char first = word.charAt(0);
        return Character.isUpperCase(first) || Character.isDigit(first) || CREDIT_JOINERS.indexOf(first) >= 0;
    }

    private static boolean isHeading(String paragraph) {
        char last = paragraph.charAt(paragraph.length() - 1);
        boolean closed = ".!?:;,»\"…)".indexOf(last) >= 0;
        return !closed
                && paragraph.length() <= MAX_HEADING_LENGTH
                && paragraph.split("\\s+").length <= MAX_HEADING_WORDS;
    }
}
