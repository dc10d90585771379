package no.newsroom.articles.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The highlighted excerpt a search result shows: up to {@link #MAX_FRAGMENTS} passages of the article's text around
 * the words that match the search, each matching word in {@code <mark>}, passages joined by " … ", the text
 * HTML-escaped. Without a matching word it is the text's first words.
 * <p>
 * A word matches when it starts with one of the search's prefix lexemes, or equals one of its whole ones: the
 * lexemes PostgreSQL parsed the search into, stems included, so "evakuering" matches a search for "evakuert"
 * (stem "evakuer"). This replaces PostgreSQL's {@code ts_headline}, which parses every word of every result's
 * text again, and cost more than the whole rest of a search.
 */
public final class SearchSnippet {

    static final int MAX_FRAGMENTS = 2;
    static final int FRAGMENT_WORDS = 18;
    /** How many words of context a passage shows before its first match. */
    static final int WORDS_BEFORE = 6;

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    /** A lexeme in PostgreSQL's text form of a tsquery: quoted, quotes doubled, {@code :*} when a prefix. */
    private static final Pattern LEXEME = Pattern.compile("'((?:[^']|'')*)'(:[*A-D]*)?");

    /** A lexeme of a search, matching words that start with it ({@code prefix}) or equal it. */
    public record Term(String lexeme, boolean prefix) {

        boolean matches(String lowerCaseWord) {
            return prefix ? lowerCaseWord.startsWith(lexeme) : lowerCaseWord.equals(lexeme);
        }
    }

    private SearchSnippet() {
    }

    /** The lexemes of a tsquery in PostgreSQL's text form, e.g. {@code 'evakuer':* & 'mariupol':*}. */
    public static List<Term> termsOf(String tsQueryText) {
        List<Term> terms = new ArrayList<>();
        Matcher lexeme = LEXEME.matcher(tsQueryText == null ? "" : tsQueryText);
        while (lexeme.find()) {
            String suffix = lexeme.group(2);
            terms.add(new Term(lexeme.group(1).replace("''", "'"), suffix != null && suffix.contains("*")));
        }
        return terms;
    }

    /** Reads the text's words only as far as its passages reach: a result's text can be a long live article. */
    public static String of(String text, List<Term> terms) {
        List<int[]> words = new ArrayList<>();
        List<Boolean> matched = new ArrayList<>();
        List<int[]> fragments = new ArrayList<>();
        int fragmentEnd = 0;
        Matcher word = WORD.matcher(text);
        while (word.find()) {
            int index = words.size();
            if (fragments.size() == MAX_FRAGMENTS && index >= fragmentEnd) {
                break;
            }
            boolean match = matchesAny(terms, word.group().toLowerCase(Locale.ROOT));
            words.add(new int[] {word.start(), word.end()});
            matched.add(match);
            if (match && index >= fragmentEnd && fragments.size() < MAX_FRAGMENTS) {
                int first = Math.max(fragmentEnd, index - WORDS_BEFORE);
                fragmentEnd = first + FRAGMENT_WORDS;
                fragments.add(new int[] {first, fragmentEnd});
            }
        }
        if (words.isEmpty()) {
            return "";
        }
        if (fragments.isEmpty()) {
            fragments.add(new int[] {0, FRAGMENT_WORDS * MAX_FRAGMENTS});
        }
        StringBuilder snippet = new StringBuilder();
        for (int[] fragment : fragments) {
            if (!snippet.isEmpty()) {
                snippet.append(" … ");
            }
            appendFragment(snippet, text, words, matched, fragment[0], Math.min(words.size(), fragment[1]));
        }
        return snippet.toString();
    }

    private static boolean matchesAny(List<Term> terms, String lowerCaseWord) {
        for (Term term : terms) {
            if (term.matches(lowerCaseWord)) {
                return true;
            }
        }
        return false;
    }

    private static void appendFragment(StringBuilder snippet, String text, List<int[]> words, List<Boolean> matched,
                                       int first, int end) {
        for (int i = first; i < end; i++) {
            if (i > first) {
                appendEscaped(snippet, text.substring(words.get(i - 1)[1], words.get(i)[0]));
            }
            String word = text.substring(words.get(i)[0], words.get(i)[1]);
            if (matched.get(i)) {
                snippet.append("<mark>").append(word).append("</mark>");
            } else {
                snippet.append(word);
            }
        }
    }

    /** Words are letters and digits only; what lies between them may hold markup characters. */
    private static void appendEscaped(StringBuilder snippet, String between) {
        for (char c : between.toCharArray()) {
            switch (c) {
                case '&' -> snippet.append("&amp;");
                case '<' -> snippet.append("&lt;");
                case '>' -> snippet.append("&gt;");
                default -> snippet.append(c);
            }
        }
    }
}
