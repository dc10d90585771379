package no.newsroom.claims.extraction;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** The word-class questions the phrase rules ask, answered from one language's lexicon. */
final class WordClasses {

    /** "42-åringen", "20-årene", "30-somethings": a noun that starts with digits. */
    private static final Pattern NUMBER_COMPOUND = Pattern.compile("\\d+-\\p{L}{2,}+");

    private static final List<String> FINITE_VERB_ENDINGS = List.of("er", "te", "de");

    private final Language language;
    private final Lexicon lexicon;
    private final NumberWords numberWords;

    WordClasses(Language language) {
        this.language = language;
        this.lexicon = Lexicon.of(language);
        this.numberWords = new NumberWords(language);
    }

    Lexicon lexicon() {
        return lexicon;
    }

    Language language() {
        return language;
    }

    /**
     * A word that can be part of a name or noun phrase: not a function word, verb of saying, time or number. A report
     * noun that is also a verb ("report", "claims") is phrase material: "The report found that ...".
     */
    boolean isPhraseWord(Token token) {
        // "P4", "TV2": an outlet named with a digit is a name, not a number.
        if (NUMBER_COMPOUND.matcher(token.text()).matches() || Lexicon.isKnownOutlet(token.text())) {
            return true;
        }
        return token.isWord() && (!lexicon.contains("stop-words", token) || isAcronym(token))
                && !lexicon.contains("determiners", token) && !lexicon.contains("np-prepositions", token)
                && !lexicon.contains("time-words", token)
                && (!lexicon.contains("reporting-verbs", token) || lexicon.contains("report-nouns", token))
                && !lexicon.contains("platforms", token)
                && !lexicon.contains("attribution-prepositions", token) && !isNumberLike(token)
                && !numberWords.isNumberWord(token.lower());
    }

    boolean isNumberWord(Token token) {
        return numberWords.isNumberWord(token.lower());
    }

    boolean isDeterminer(Token token) {
        return lexicon.contains("determiners", token);
    }

    boolean isPhrasePreposition(Token token) {
        return lexicon.contains("np-prepositions", token);
    }

    boolean isTimeWord(Token token) {
        return lexicon.contains("time-words", token);
    }

    boolean isPlatform(List<Token> tokens, int index) {
        return lexicon.matchAt("platforms", tokens, index) > 0;
    }

    boolean isGenitive(Token token) {
        String word = token.text();
        if (word.endsWith("'s") || word.endsWith("’s") || word.endsWith("s'")) {
            return true;
        }
        if (language != Language.NB || word.length() < 3 || word.endsWith("ss")) {
            return false;
        }
        if (token.isCapitalized()) {
            return word.endsWith("s");
        }
        return word.endsWith("ets") || word.endsWith("ens") || word.endsWith("enes") || word.endsWith("ts");
    }

    /** "flere amerikanske medier", "mange eksperter": quantifiers inflect like adjectives before a noun. */
    private static final Set<String> QUANTIFIERS = Set.of("flere", "mange", "noen", "enkelte", "visse");

    /** A Norwegian adjective before its noun ("ukrainske myndigheter"); English adjectives carry no mark. */
    boolean isAdjectiveLike(Token token) {
        String word = token.lower();
        return language == Language.NB && (word.endsWith("e") && !word.endsWith("ere") && word.length() > 2
                || QUANTIFIERS.contains(word));
    }

    /** A Norwegian present or past tense ("koster", "varte", "leder"); English verbs carry no such mark. */
    boolean hasFiniteVerbEnding(Token token) {
        String word = token.lower();
        return language == Language.NB && FINITE_VERB_ENDINGS.stream().anyMatch(word::endsWith);
    }

    boolean isTitle(Token token) {
        if (lexicon.contains("titles", token)) {
            return true;
        }
        // Norwegian titles are compounds: "brannsjef", "fylkesordfører", "forsvarsminister".
        return language == Language.NB && lexicon.words("title-endings").stream()
                .anyMatch(ending -> token.lower().endsWith(ending));
    }

    boolean isPersonalPronoun(Token token) {
        return lexicon.contains("pronoun-person", token) || lexicon.contains("pronoun-plural", token);
    }

    /** "WHO", "US": an acronym is a name, even where it spells a function word. */
    private static boolean isAcronym(Token token) {
        String text = token.text();
        return text.length() > 1 && Character.isLetter(text.charAt(0)) && text.equals(text.toUpperCase(Locale.ROOT));
    }

    private static boolean isNumberLike(Token token) {
        return Character.isDigit(token.text().charAt(token.text().length() - 1));
    }
}
