package no.newsroom.claims.extraction;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits text into lines (paragraphs, captions, headings) and each line into sentences. ICU's sentence rules do the
 * work; two fixes follow: a dot after a known abbreviation or an initial does not end a sentence ("ca. 300",
 * "bl.a. Kyiv", "John F. Kennedy"), and a quotation that is still open («...», “...”) does not end either.
 */
final class SentenceSplitter {

    /** A dash and a capital after the end of a sentence: the start of a quotation. */
    /** "J.", "K.C.": a person's initials. */
    private static final Pattern INITIALS = Pattern.compile("\\p{Lu}(?:\\.\\p{Lu})*+");
    private static final Pattern DASH_QUOTE_START = Pattern.compile("(?<=[.!?] )[–—] (?=\\p{Lu})");

    private final Lexicon lexicon;
    private final BreakIterator prototype;

    SentenceSplitter(Language language) {
        this.lexicon = Lexicon.of(language);
        this.prototype = BreakIterator.getSentenceInstance(new ULocale(language.code()));
    }

    List<Line> split(String text) {
        // BreakIterator keeps state, so each call works on its own copy.
        BreakIterator breaker = (BreakIterator) prototype.clone();
        List<Line> lines = new ArrayList<>();
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int newline = text.indexOf('\n', lineStart);
            int lineEnd = newline < 0 ? text.length() : newline;
            trim(text, lineStart, lineEnd).ifPresent(span -> lines.add(new Line(span, sentences(breaker, text, span))));
            lineStart = lineEnd + 1;
        }
        return lines;
    }

    /**
     * Joins ICU's segments while a sentence continues. Each segment is looked at once (its own tokens, its own quote
     * marks counted into the running balance), so a line without a sentence end costs no more than it is long.
     */
    private List<TextSpan> sentences(BreakIterator breaker, String text, TextSpan line) {
        breaker.setText(text.substring(line.start(), line.end()));
        List<TextSpan> sentences = new ArrayList<>();
        QuoteBalance quotes = new QuoteBalance();
        int pendingStart = -1;
        for (int start = breaker.first(), end = breaker.next(); end != BreakIterator.DONE;
                start = end, end = breaker.next()) {
            TextSpan segment = new TextSpan(line.start() + start, line.start() + end);
            int from = pendingStart >= 0 ? pendingStart : segment.start();
            quotes.count(text, segment);
            boolean last = segment.end() >= line.end();
            if (!last && (endsWithAbbreviation(text, segment) || quotes.isOpen())) {
                pendingStart = from;
            } else {
                addSplitAtDashQuotes(text, from, segment.end(), sentences);
                pendingStart = -1;
                quotes = new QuoteBalance();
            }
        }
        return sentences;
    }

    /**
     * "Olsen møtte pressen. – Tre er pågrepet, sier hun.": ICU does not break before a dash that opens a quotation, but
     * a Norwegian news paragraph starts a new quoted sentence with it.
     */
    private static void addSplitAtDashQuotes(String text, int start, int end, List<TextSpan> sentences) {
        int from = start;
        Matcher dash = DASH_QUOTE_START.matcher(text).region(start, end);
        while (dash.find()) {
            trim(text, from, dash.start()).ifPresent(sentences::add);
            from = dash.start();
        }
        trim(text, from, end).ifPresent(sentences::add);
    }

    private boolean endsWithAbbreviation(String text, TextSpan segment) {
        String content = segment.of(text).stripTrailing();
        if (!content.endsWith(".")) {
            return false;
        }
        List<Token> tokens = Tokenizer.tokenize(content, 0, content.length());
        if (tokens.size() < 2) {
            return false;
        }
        Token word = tokens.get(tokens.size() - 2);
        return INITIALS.matcher(word.text()).matches() || lexicon.contains("abbreviations", word)
                || lexicon.contains("digit-abbreviations", word) && nextNonSpaceIsDigit(text, segment.end());
    }

    private static boolean nextNonSpaceIsDigit(String text, int from) {
        int i = from;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i < text.length() && Character.isDigit(text.charAt(i));
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

    /** Quotation marks opened and closed so far in a sentence that is still being joined. */
    private static final class QuoteBalance {
        private int guillemets;
        private int curly;
        private int straight;

        void count(String text, TextSpan segment) {
            for (int i = segment.start(); i < segment.end(); i++) {
                switch (text.charAt(i)) {
                    case '«' -> guillemets++;
                    case '»' -> guillemets--;
                    case '“' -> curly++;
                    case '”' -> curly--;
                    case '"' -> straight++;
                    default -> {
                        // Not a quotation mark.
                    }
                }
            }
        }

        boolean isOpen() {
            return guillemets > 0 || curly > 0 || straight % 2 == 1;
        }
    }

    /** A line of the text (a paragraph, heading or caption) and its sentences. */
    record Line(TextSpan span, List<TextSpan> sentences) {
    }
}
