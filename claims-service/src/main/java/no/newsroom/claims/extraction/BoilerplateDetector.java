package no.newsroom.claims.extraction;

import java.util.regex.Pattern;

/**
 * Recognises lines that are never claims whatever they say: captions and credits, headings, bylines, timestamps and
 * source lines.
 */
final class BoilerplateDetector {

    private static final Pattern CREDIT = Pattern.compile(
            "(?i)\\b(foto|photo|bilde|illustrasjonsfoto|illustrasjon|grafikk|skjermbilde|skjermdump|faksimile"
                    + "|photograph|image|video|kart|map)\\s*:"
                    + "|\\((?:AP|AFP|Reuters|EPA|NTB|Getty|Scanpix)?[^)]{0,40}\\b(?:Photo|Foto|Images)\\b[^)]*\\)"
                    + "|\\bPhoto by\\b");
    private static final Pattern SOURCE_LINE = Pattern.compile("(?i)^(kilde|kilder|source|sources)\\s*:");
    private static final Pattern BYLINE = Pattern.compile("^(Av|By|Tekst|Text)\\s+\\p{Lu}");
    private static final Pattern TIMESTAMP = Pattern.compile(
            "(?i)^(publisert|oppdatert|sist oppdatert|published|updated|last updated)\\b"
                    + "|^[\\d\\s.:/,\\-–]+(kl\\.?|[ap]\\.?m\\.?)?[\\d\\s.:]*$");
    private static final Pattern TERMINAL = Pattern.compile("[.!?»\"”’)…]$");
    private static final int MAX_HEADING_WORDS = 14;
    private static final int MAX_BYLINE_WORDS = 8;

    private BoilerplateDetector() {
    }

    static boolean isBoilerplate(String line) {
        String trimmed = line.strip();
        return CREDIT.matcher(trimmed).find() || SOURCE_LINE.matcher(trimmed).find()
                || TIMESTAMP.matcher(trimmed).find() || isByline(trimmed) || isHeading(trimmed);
    }

    private static boolean isByline(String line) {
        return BYLINE.matcher(line).find() && wordCount(line) <= MAX_BYLINE_WORDS && !line.endsWith(".");
    }

    private static boolean isHeading(String line) {
        return !TERMINAL.matcher(line).find() && wordCount(line) <= MAX_HEADING_WORDS;
    }

    private static int wordCount(String line) {
        return line.split("\\s+").length;
    }
}
