package no.newsroom.claims.extraction;

import java.util.List;
import java.util.Set;

/**
 * Finds hedges that make a statement a reported claim without naming anyone: "skal ha mistet livet" (the reportive
 * Norwegian "skal", also in "skal være" and "skal dreie seg om"), "angivelig", "kan ha", "reportedly", "may have been", "Det ble meldt om". It also tells the
 * reportive "skal" from the future one ("skal ha et møte onsdag"), which marks a plan.
 */
final class HedgeDetector {

    private static final int MAX_WORDS_BETWEEN_SKAL_AND_HA = 4;
    private static final Set<String> NOT_PARTICIPLES = Set.of("et", "det", "at", "mot", "ut", "litt", "helt", "godt",
            "nytt", "sist", "først", "mest", "best", "rett", "slett", "fra");
    private static final Set<String> ENGLISH_PARTICIPLES = Set.of("been", "done", "seen", "fled", "left", "shot",
            "hit", "struck", "taken", "fallen", "died", "made", "sent", "lost", "won", "begun", "run", "had");

    private final WordClasses words;

    HedgeDetector(WordClasses words) {
        this.words = words;
    }

    boolean isHedged(List<Token> tokens) {
        Lexicon lexicon = words.lexicon();
        if (lexicon.find("hedges", tokens, 0, tokens.size()) >= 0
                || lexicon.find("passive-attribution", tokens, 0, tokens.size()) >= 0) {
            return true;
        }
        for (int i = 0; i < tokens.size(); i++) {
            if (isReportiveSkal(tokens, i) || isPossibilityPerfect(tokens, i)) {
                return true;
            }
        }
        return false;
    }

    /** A "skal" that announces what will happen rather than what is said to have happened. */
    boolean isFutureSkal(List<Token> tokens, int index) {
        return words.language() == Language.NB && tokens.get(index).is("skal") && !isReportiveSkal(tokens, index);
    }

    private boolean isReportiveSkal(List<Token> tokens, int index) {
        if (words.language() != Language.NB || !tokens.get(index).is("skal")) {
            return false;
        }
        for (int j = index + 1; j < Math.min(tokens.size(), index + 2 + MAX_WORDS_BETWEEN_SKAL_AND_HA); j++) {
            Token token = tokens.get(j);
            if (words.lexicon().contains("reportive-skal-words", token)) {
                return true;
            }
            if (token.is("ha")) {
                return j + 1 < tokens.size() && isNorwegianParticiple(tokens.get(j + 1));
            }
            if (!token.isWord()) {
                return false;
            }
        }
        return false;
    }

    /** "kan ha skjedd", "may have been": a possibility about the past, reported as such. */
    private boolean isPossibilityPerfect(List<Token> tokens, int index) {
        if (index + 2 >= tokens.size()) {
            return false;
        }
        Token modal = tokens.get(index);
        Token have = tokens.get(index + 1);
        Token participle = tokens.get(index + 2);
        if (words.language() == Language.NB) {
            return (modal.is("kan") || modal.is("kunne")) && have.is("ha") && isNorwegianParticiple(participle);
        }
        return (modal.is("may") || modal.is("might") || modal.is("could")) && have.is("have")
                && isEnglishParticiple(participle);
    }

    private static boolean isNorwegianParticiple(Token token) {
        String word = token.lower();
        return token.isWord() && !NOT_PARTICIPLES.contains(word) && (word.endsWith("t") || word.endsWith("d"));
    }

    private static boolean isEnglishParticiple(Token token) {
        String word = token.lower();
        return word.endsWith("ed") || word.endsWith("en") || ENGLISH_PARTICIPLES.contains(word);
    }
}
