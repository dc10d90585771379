package no.newsroom.claims.extraction;

import java.util.Locale;

/** A word, number or punctuation mark of a sentence, with its offsets in the whole text. */
record Token(String text, String lower, int start, int end) {

    static Token of(String text, int start) {
        return new Token(text, text.toLowerCase(Locale.ROOT), start, start + text.length());
    }

    boolean isWord() {
        return Character.isLetter(text.charAt(0));
    }

    boolean isNumber() {
        return Character.isDigit(text.charAt(0));
    }

    boolean isPunctuation() {
        return !isWord() && !isNumber();
    }

    boolean is(String word) {
        return lower.equals(word);
    }

    /** Capitalised words are name material; a hyphenated "Nato-sjef" is a common noun despite its capital. */
    boolean isCapitalized() {
        if (!isWord() || !Character.isUpperCase(text.charAt(0))) {
            return false;
        }
        int hyphen = text.lastIndexOf('-');
        return hyphen < 0 || hyphen == text.length() - 1 || !Character.isLowerCase(text.charAt(hyphen + 1))
                || text.substring(hyphen + 1).length() <= 2;
    }
}
