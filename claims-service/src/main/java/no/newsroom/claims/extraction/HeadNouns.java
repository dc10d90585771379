package no.newsroom.claims.extraction;

import java.util.List;
import java.util.Set;

/**
 * The noun a number counts, which becomes the quantity's unit: "prosent"/"per cent" right after it, or the first
 * noun after any adjectives ("fire russiske fly", "12 drones"). Norwegian capitalised words are names, not units.
 */
final class HeadNouns {

    private static final Set<String> PERCENT_WORDS = Set.of("%", "prosent", "percent", "prosentpoeng");
    private static final int MAX_WORDS_TO_HEAD = 4;
    private static final Set<String> DIMENSIONS = Set.of("long", "wide", "high", "tall", "deep", "thick", "away",
            "across", "apart", "below", "above");
    /** Nouns ending like an adverb. */
    private static final Set<String> ADVERB_LIKE_NOUNS = Set.of("family", "ally", "rally", "supply", "assembly",
            "anomaly", "monopoly", "belly", "jelly", "lily", "bully", "italy", "july");

    private final Language language;
    private final Lexicon lexicon;
    private final NumberWords numberWords;

    HeadNouns(Language language, Lexicon lexicon, NumberWords numberWords) {
        this.language = language;
        this.lexicon = lexicon;
        this.numberWords = numberWords;
    }

    /** Runs the quantity on to its head noun, when there is one right after it. */
    QuantityReading withHead(List<Token> tokens, QuantityReading quantity) {
        int index = quantity.endToken;
        if (index < tokens.size() && isPercent(tokens, index)) {
            int length = tokens.get(index).is("per") ? 2 : 1;
            quantity.setHead(index, index + length - 1);
            return quantity;
        }
        int head = headNoun(tokens, index);
        if (head >= 0) {
            quantity.setHead(head, head);
        }
        return quantity;
    }

    /** The noun a number counts, after any adjectives ("fire russiske fly"), or -1 when the noun is left out. */
    int headNoun(List<Token> tokens, int index) {
        for (int j = index; j < Math.min(tokens.size(), index + MAX_WORDS_TO_HEAD); j++) {
            Token token = tokens.get(j);
            if (!isContentWord(token) || isAdverb(token)) {
                return -1;
            }
            if (j > index && isPastTenseAfterNominalisedAdjective(tokens, j)) {
                return j - 1;
            }
            boolean nextIsContent = j + 1 < tokens.size() && isContentWord(tokens.get(j + 1))
                    && !isDimension(tokens.get(j + 1));
            if (!nextIsContent) {
                return isVerbForm(token) ? -1 : j;
            }
            if (!isModifier(token)) {
                return j;
            }
        }
        return -1;
    }

    /** "12 km long", "300 metres high": the adjective measures along the unit; the unit is the head. */
    private boolean isDimension(Token token) {
        return language == Language.EN && DIMENSIONS.contains(token.lower());
    }

    /**
     * "1100 ansatte sluttet", "40 arbeidsledige fikk jobb": a Norwegian adjective used as a noun is the head when a
     * past tense follows it; the verb is no noun of the number.
     */
    private boolean isPastTenseAfterNominalisedAdjective(List<Token> tokens, int index) {
        String word = tokens.get(index).lower();
        boolean pastTense = word.endsWith("et") || word.endsWith("te") || word.endsWith("de")
                || lexicon.contains("past-tense-verbs", tokens.get(index));
        return language == Language.NB && pastTense && isModifier(tokens.get(index - 1));
    }

    /** "ingen sivile", "no civilians": the noun after the word is a plural, so the word counts it. */
    boolean isCountedPlural(List<Token> tokens, int index) {
        int head = headNoun(tokens, index);
        if (head < 0) {
            return false;
        }
        String word = tokens.get(head).lower();
        boolean plural = language == Language.NB
                ? word.endsWith("er") || word.endsWith("re") || word.endsWith("ene")
                : word.endsWith("s") && !word.endsWith("ss");
        return plural || lexicon.contains("nominalized-plurals", tokens.get(head));
    }

    boolean isContentWord(Token token) {
        return token.isWord() && !lexicon.contains("stop-words", token) && !lexicon.contains("determiners", token)
                && !lexicon.contains("np-prepositions", token) && !lexicon.contains("time-words", token)
                && !numberWords.isNumberWord(token.lower()) && !lexicon.contains("number-fillers", token)
                && !lexicon.contains("reporting-verbs", token) && !lexicon.contains("distributive-words", token)
                && (language == Language.EN || !token.isCapitalized());
    }

    static boolean isPercent(List<Token> tokens, int index) {
        Token token = tokens.get(index);
        return PERCENT_WORDS.contains(token.lower())
                || token.is("per") && index + 1 < tokens.size() && tokens.get(index + 1).is("cent");
    }

    private boolean isModifier(Token token) {
        String word = token.lower();
        if (language == Language.NB) {
            return word.endsWith("e") && !word.endsWith("ere");
        }
        boolean plural = word.endsWith("s") && !word.endsWith("ss");
        return !plural && !lexicon.contains("nominalized-plurals", token);
    }

    /** "737 crashed shortly after": an English adverb ends the phrase, so the words before it were no noun's. */
    private boolean isAdverb(Token token) {
        return language == Language.EN && token.lower().endsWith("ly") && !ADVERB_LIKE_NOUNS.contains(token.lower());
    }

    private boolean isVerbForm(Token token) {
        String word = token.lower();
        return language == Language.EN && !lexicon.contains("nominalized-plurals", token)
                && (word.endsWith("ed") || word.endsWith("ing"));
    }
}
