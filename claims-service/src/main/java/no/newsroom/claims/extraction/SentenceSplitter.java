package no.newsroom.claims.extraction;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Splits text into lines (paragraphs, captions, headings) and each line into sentences. ICU's sentence rules do the
 * work; two fixes follow: a dot after a known abbreviation or an initial does not end a sentence ("ca. 300",
 * "bl.a. Kyiv", "John F. Kennedy"), and a quotation that is still open («...», “...”) does not end either.
 */
final class SentenceSplitter {

    private final Lexicon lexicon;
    private final BreakIterator prototype;

    SentenceSplitter(Language language) {
        this.lexicon = Lexicon.of(language);
        this.prototype = BreakIterator.getSentenceInstance(new ULocale(language.code()));
    }

    List<Line> split(String text) {
        List<Line> lines = new ArrayList<>();
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int newline = text.indexOf('\n', lineStart);
            int lineEnd = newline < 0 ? text.length() : newline;
            trim(text, lineStart, lineEnd).ifPresent(span -> lines.add(new Line(span, sentences(text, span))));
            lineStart = lineEnd + 1;
        }
        return lines;
    }

    private List<TextSpan> sentences(String text, TextSpan line) {
        // BreakIterator keeps state, so each call works on its own copy.
        BreakIterator breaker = (BreakIterator) prototype.clone();
        breaker.setText(text.substring(line.start(), line.end()));
        List<TextSpan> sentences = new ArrayList<>();
        int pendingStart = -1;
        for (int start = breaker.first(), end = breaker.next(); end != BreakIterator.DONE;
                start = end, end = breaker.next()) {
            int from = pendingStart >= 0 ? pendingStart : line.start() + start;
            TextSpan segment = new TextSpan(from, line.start() + end);
            boolean last = line.start() + end >= line.end();
            if (!last && continuesAfter(text, segment)) {
                pendingStart = from;
            } else {
                trim(text, segment.start(), segment.end()).ifPresent(sentences::add);
                pendingStart = -1;
            }
        }
        return sentences;
    }

    private boolean continuesAfter(String text, TextSpan segment) {
        String content = segment.of(text).stripTrailing();
        return endsWithAbbreviation(text, content, segment.end()) || hasOpenQuote(content);
    }

    private boolean endsWithAbbreviation(String text, String segment, int segmentEnd) {
        if (!segment.endsWith(".")) {
            return false;
        }
        List<Token> tokens = Tokenizer.tokenize(segment, 0, segment.length());
        if (tokens.size() < 2) {
            return false;
        }
        Token word = tokens.get(tokens.size() - 2);
        boolean initial = word.text().length() == 1 && Character.isUpperCase(word.text().charAt(0));
        return initial || lexicon.contains("abbreviations", word)
                || lexicon.contains("digit-abbreviations", word) && nextNonSpaceIsDigit(text, segmentEnd);
    }

    private static boolean nextNonSpaceIsDigit(String text, int from) {
        int i = from;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i < text.length() && Character.isDigit(text.charAt(i));
    }

    private static boolean hasOpenQuote(String segment) {
        return count(segment, '«') > count(segment, '»') || count(segment, '“') > count(segment, '”')
                || count(segment, '"') % 2 == 1;
    }

    private static int count(String text, char mark) {
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            count += text.charAt(i) == mark ? 1 : 0;
        }
        return count;
    }

    private static Optional<TextSpan> trim(String text, int start, int end) {
        int from = start;
        int to = end;
        while (from < to && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        return from < to ? Optional.of(new TextSpan(from, to)) : Optional.empty();
    }

    /** A line of the text (a paragraph, heading or caption) and its sentences. */
    record Line(TextSpan span, List<TextSpan> sentences) {
    }
}
