package no.newsroom.claims.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Splits a sentence into words (with inner hyphens, apostrophes and dots), numbers and punctuation marks. */
final class Tokenizer {

    // "brann- og redningsetaten", "helse- og omsorgsdepartementet": the first part of a compound whose ending is left
    // to the next one keeps its hyphen, so the hyphen is read as no dash.
    private static final Pattern TOKEN = Pattern.compile(
            "\\p{L}++(?:-\\p{L}++)*+-(?= (?:og|eller|and|or) )"
            + "|[\\p{L}\\p{N}]+(?:[-'’.,\\u00AD][\\p{L}\\p{N}]+)*|[^\\s\\u00A0\\u2007\\u2009\\u202F]");

    private static final Pattern NUMBER_RANGE = Pattern.compile("(\\d[\\d.,]*)-(\\d[\\d.,]*)");

    private Tokenizer() {
    }

    static List<Token> tokenize(String text, int from, int to) {
        List<Token> tokens = new ArrayList<>();
        Matcher matcher = TOKEN.matcher(text).region(from, to);
        while (matcher.find()) {
            addSplittingRanges(tokens, matcher.group(), matcher.start());
        }
        return tokens;
    }

    /** "600-700" is two numbers and a dash, as "600–700" is, while "Su-34" and "42-åring" stay one word. */
    private static void addSplittingRanges(List<Token> tokens, String word, int start) {
        Matcher range = NUMBER_RANGE.matcher(word);
        if (!range.matches()) {
            tokens.add(Token.of(word, start));
            return;
        }
        tokens.add(Token.of(range.group(1), start));
        tokens.add(Token.of("-", start + range.end(1)));
        tokens.add(Token.of(range.group(2), start + range.start(2)));
    }
}
