package no.newsroom.claims.extraction;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds the noun phrase that names a speaker next to a reporting word: forwards after "ifølge"/"according to" or an
 * inverted verb (", sier Klitschko"), backwards before a verb ("Ukrainske myndigheter hevder"). A phrase is a run of
 * names and nouns with Norwegian adjectives before the noun, a genitive chain ("Ukrainas visestatsminister"), a name
 * after its descriptor ("avisen Izvestija") and attached prepositional phrases ("Politiet i Kyiv",
 * "FNs høykommissær for flyktninger"). Commas around an apposition pick the personal name
 * ("Ordfører i byen, Vitalij Klitschko, sier").
 */
final class PhraseScanner {

    private static final int MAX_PHRASE_TOKENS = 10;
    private static final int MAX_NAME_TOKENS = 4;
    private static final int MAX_ATTACHED_PHRASES = 2;
    private static final int MAX_PARENTHESIS_TOKENS = 3;
    private static final Set<String> INDEFINITE_ARTICLES = Set.of("en", "ei", "et");
    private static final Pattern HYPHENATED_GIVEN_NAME = Pattern.compile("\\p{Lu}\\p{Ll}{1,2}-\\p{Ll}{2,4}");
    private static final Pattern INITIALS = Pattern.compile("\\p{Lu}(?:\\.\\p{Lu})*+");
    static final Set<String> NAME_CONNECTORS = Set.of("of", "on", "for", "and", "og");

    private final WordClasses words;

    PhraseScanner(WordClasses words) {
        this.words = words;
    }

    Optional<TokenRange> forward(List<Token> tokens, int index) {
        return forward(tokens, index, false);
    }

    /**
     * @param insideVerbGroup the phrase sits between an auxiliary and its participle ("har ifølge Dagens Næringsliv
     *     brukt"), so a name is not followed by nouns of its own
     */
    Optional<TokenRange> forward(List<Token> tokens, int index, boolean insideVerbGroup) {
        int start = index;
        while (start < tokens.size() && words.isDeterminer(tokens.get(start))) {
            start++;
        }
        int afterTitle = start + abbreviatedTitleLength(tokens, start);
        int end = numberedOutletEnd(tokens, afterTitle, phraseEnd(tokens, afterTitle, 0, insideVerbGroup));
        if (end <= afterTitle) {
            return Optional.empty();
        }
        TokenRange phrase = new TokenRange(afterTitle > start ? afterTitle : index, end);
        return Optional.of(apposedName(tokens, phrase).orElse(phrase));
    }

    Optional<TokenRange> backward(List<Token> tokens, int endExclusive) {
        int opening = openingParenthesis(tokens, endExclusive);
        if (opening > 0) {
            return backward(tokens, opening);
        }
        if (endExclusive > 0 && tokens.get(endExclusive - 1).is(",")) {
            return apposition(tokens, endExclusive - 1);
        }
        if (endExclusive > 1 && tokens.get(endExclusive - 1).isNumber()) {
            int start = backwardStart(tokens, endExclusive - 1);
            return start < endExclusive - 1 && numberedOutletEnd(tokens, start, endExclusive - 1) == endExclusive
                    ? Optional.of(new TokenRange(start, endExclusive)) : Optional.empty();
        }
        int start = backwardStart(tokens, endExclusive);
        return start < endExclusive && hasPhraseWord(tokens, start, endExclusive)
                ? Optional.of(new TokenRange(start, endExclusive)) : Optional.empty();
    }

    /** "Jonas Gahr Støre (Ap) sier": the index of the "(" of a short parenthesis ending the phrase, or -1. */
    private static int openingParenthesis(List<Token> tokens, int endExclusive) {
        if (endExclusive < 1 || !tokens.get(endExclusive - 1).is(")")) {
            return -1;
        }
        for (int i = endExclusive - 2; i >= Math.max(0, endExclusive - 2 - MAX_PARENTHESIS_TOKENS); i--) {
            if (tokens.get(i).is("(")) {
                return i;
            }
        }
        return -1;
    }

    /** "TV 2", "NRK P1": an outlet whose name ends in a number the phrase would leave out. */
    private static int numberedOutletEnd(List<Token> tokens, int start, int end) {
        if (end <= start || end >= tokens.size() || tokens.get(end).start() != tokens.get(end - 1).end() + 1) {
            return end;
        }
        String withNumber = new TokenRange(start, end).joinedText(tokens) + " " + tokens.get(end).text();
        return Lexicon.isKnownOutlet(withNumber) ? end + 1 : end;
    }

    boolean isPersonName(List<Token> tokens, TokenRange range) {
        if (range.isEmpty() || range.size() > MAX_NAME_TOKENS) {
            return false;
        }
        for (int i = range.from(); i < range.to(); i++) {
            Token token = tokens.get(i);
            boolean initial = i + 1 < range.to() && isInitialBeforeName(tokens, i + 1);
            if (initial || token.is(".") && isInitialBeforeName(tokens, i)) {
                continue;
            }
            boolean genitiveEnding = i == range.to() - 1 && words.isGenitive(token);
            boolean namePart = token.isCapitalized() || i > range.from() && isHyphenatedGivenName(token);
            if (!namePart || !words.isPhraseWord(token) || genitiveEnding
                    || words.lexicon().contains("org-words", token) || words.lexicon().contains("titles", token)
                    || words.lexicon().contains("generic-media", token)) {
                return false;
            }
        }
        return !Lexicon.isKnownOutlet(range.joinedText(tokens));
    }

    /**
     * "Ban Ki-moon", "Moon Jae-in": a given name of short syllables joined by a hyphen, after the family name. A
     * capitalised compound with a longer first part is a common noun ("Nato-sjef").
     */
    private static boolean isHyphenatedGivenName(Token token) {
        return HYPHENATED_GIVEN_NAME.matcher(token.text()).matches();
    }

    // ---- forwards ----

    private int phraseEnd(List<Token> tokens, int start, int attached, boolean insideVerbGroup) {
        int i = start;
        while (i < tokens.size() && i - start < MAX_PHRASE_TOKENS && (words.isPhraseWord(tokens.get(i))
                || i > start && i + 1 < tokens.size() && isInitialBeforeName(tokens, i + 1))) {
            Token token = tokens.get(i);
            if (insideVerbGroup && i > start && !token.isCapitalized() && !words.isGenitive(tokens.get(i - 1))) {
                break;
            }
            i++;
            if (i < tokens.size() && isInitialBeforeName(tokens, i)) {
                // "Carl I. Hagen", "George W. Bush": the dot of a middle initial does not end the name.
                i++;
                continue;
            }
            if (isNameWithArticleAfterNoun(tokens, i)) {
                i++;
                continue;
            }
            if (isSuspendedCompound(tokens, i - 1) || isRegionOfOutlet(tokens, start, i)) {
                i++;
                continue;
            }
            if (!token.isCapitalized() && !words.isGenitive(token) && isHeadNoun(tokens, i - 1)) {
                i = nameAfterDescriptor(tokens, i);
                break;
            }
        }
        if (i > start && attached < MAX_ATTACHED_PHRASES) {
            return attachedPhraseEnd(tokens, i, attached).orElse(i);
        }
        return i;
    }

    /** "the British newspaper The Independent": a name that keeps its "The" right after the noun that describes it. */
    private static boolean isNameWithArticleAfterNoun(List<Token> tokens, int index) {
        return index + 1 < tokens.size() && tokens.get(index).text().equals("The") && !tokens.get(index - 1)
                .isCapitalized() && tokens.get(index - 1).isWord() && tokens.get(index + 1).isCapitalized();
    }

    /**
     * "NRK Sogn og Fjordane", "NRK Møre og Romsdal": the regional office of an outlet is named after a region whose
     * name may join two places with "og"/"and".
     */
    private static boolean isRegionOfOutlet(List<Token> tokens, int start, int connector) {
        return connector - start >= 2 && connector + 1 < tokens.size()
                && (tokens.get(connector).is("og") || tokens.get(connector).is("and"))
                && tokens.get(connector - 1).isCapitalized() && tokens.get(connector + 1).isCapitalized()
                && Lexicon.isKnownOutlet(tokens.get(start).text())
                && !Lexicon.isKnownOutlet(tokens.get(connector + 1).text());
    }

    /** "brann- og redningsetaten": the first part of a compound shares its ending with the word after "og". */
    private static boolean isSuspendedCompound(List<Token> tokens, int index) {
        return tokens.get(index).text().endsWith("-") && index + 2 < tokens.size()
                && NAME_CONNECTORS.contains(tokens.get(index + 1).text()) && tokens.get(index + 2).isWord();
    }

    /** "Ms. Gillard", "Dr. Lee": the dot of an abbreviated title would end the phrase before the name. */
    private int abbreviatedTitleLength(List<Token> tokens, int index) {
        int length = words.lexicon().matchAt("titles", tokens, index);
        boolean abbreviated = length > 1 && tokens.get(index + length - 1).is(".");
        return abbreviated && index + length < tokens.size() && tokens.get(index + length).isCapitalized() ? length : 0;
    }

    /** In Norwegian the first lower-case word that is not an adjective is the head noun and ends the phrase. */
    private boolean isHeadNoun(List<Token> tokens, int index) {
        if (words.language() != Language.NB) {
            return false;
        }
        boolean adjectiveBeforeMore = words.isAdjectiveLike(tokens.get(index)) && index + 1 < tokens.size()
                && words.isPhraseWord(tokens.get(index + 1));
        // "daglig leder", "konstituert politimester": a word before a title modifies it.
        boolean beforeTitle = index + 1 < tokens.size() && !tokens.get(index + 1).isCapitalized()
                && words.isTitle(tokens.get(index + 1));
        return !adjectiveBeforeMore && !beforeTitle && !isIndefiniteAdjective(tokens, index);
    }

    /**
     * "en anonym kilde", "en narkoman mann": after "en"/"ei"/"et" an adjective has no ending of its own, so a
     * lower-case word followed by another that is no finite verb ("en lege sier") is taken as the adjective.
     */
    private boolean isIndefiniteAdjective(List<Token> tokens, int index) {
        if (index == 0 || index + 1 >= tokens.size() || !INDEFINITE_ARTICLES.contains(tokens.get(index - 1).lower())) {
            return false;
        }
        Token next = tokens.get(index + 1);
        return !next.isCapitalized() && words.isPhraseWord(next) && !words.hasFiniteVerbEnding(next)
                && !words.isPhrasePreposition(next);
    }

    private int nameAfterDescriptor(List<Token> tokens, int index) {
        int i = index;
        while (i < tokens.size() && i - index < MAX_NAME_TOKENS && tokens.get(i).isCapitalized()
                && words.isPhraseWord(tokens.get(i))) {
            i++;
            if (i + 2 < tokens.size() && isInitialBeforeName(tokens, i + 1)) {
                i += 2;
            }
            if (i > index && isNameConnector(tokens, i)) {
                i++;
            }
        }
        return i;
    }

    /** "Council on Foreign Relations", "Bank of England": a small word joining two capitalised parts of one name. */
    private static boolean isNameConnector(List<Token> tokens, int index) {
        return index + 1 < tokens.size() && NAME_CONNECTORS.contains(tokens.get(index).text())
                && tokens.get(index + 1).isCapitalized();
    }

    private Optional<Integer> attachedPhraseEnd(List<Token> tokens, int index, int attached) {
        if (index + 1 >= tokens.size() || !words.isPhrasePreposition(tokens.get(index))
                || words.lexicon().matchAt("time-words", tokens, index) > 0) {
            return Optional.empty();
        }
        int objectStart = index + 1;
        if (words.isDeterminer(tokens.get(objectStart)) && allowsDeterminer(tokens.get(index))) {
            objectStart++;
        }
        if (objectStart >= tokens.size() || !words.isPhraseWord(tokens.get(objectStart))
                || words.isPlatform(tokens, objectStart)) {
            return Optional.empty();
        }
        int end = phraseEnd(tokens, objectStart, attached + 1, false);
        return end > objectStart ? Optional.of(end) : Optional.empty();
    }

    /** "the Institute for the Study of War", "the mayor of the city"; Norwegian objects take no article here. */
    private boolean allowsDeterminer(Token preposition) {
        return words.language() == Language.EN && (preposition.is("of") || preposition.is("for"));
    }

    /** "Speaking to reporters, Smith said": a name before a verb of saying is its subject, not an apposition. */
    private boolean isReportingVerb(List<Token> tokens, int index) {
        return words.lexicon().matchAt("reporting-verbs", tokens, index) > 0;
    }

    /** "Tyrkias utenriksminister, Hulusi Akar": a role followed by a comma and a name means the name. */
    private Optional<TokenRange> apposedName(List<Token> tokens, TokenRange phrase) {
        int comma = phrase.to();
        if (comma >= tokens.size() || !tokens.get(comma).is(",") || isPersonName(tokens, phrase)
                || !hasRoleWord(tokens, phrase)) {
            return Optional.empty();
        }
        int nameEnd = nameAfterDescriptor(tokens, comma + 1);
        TokenRange name = new TokenRange(comma + 1, nameEnd);
        boolean nameEndsClause = nameEnd >= tokens.size() || !tokens.get(nameEnd).isWord()
                || !words.isPhraseWord(tokens.get(nameEnd)) && !isReportingVerb(tokens, nameEnd);
        return nameEndsClause && isPersonName(tokens, name) ? Optional.of(name) : Optional.empty();
    }

    /** "utenriksminister", "the mayor": a role names a person; "with the Guardian, Smith said" does not. */
    private boolean hasRoleWord(List<Token> tokens, TokenRange phrase) {
        for (int i = phrase.from(); i < phrase.to(); i++) {
            Token token = tokens.get(i);
            if (words.isPhraseWord(token) && (!token.isCapitalized() || words.isTitle(token))) {
                return true;
            }
        }
        return false;
    }

    // ---- backwards ----

    private int backwardStart(List<Token> tokens, int endExclusive) {
        int start = endExclusive;
        while (start > 0 && endExclusive - start < MAX_PHRASE_TOKENS) {
            Token token = tokens.get(start - 1);
            int modifier = words.lexicon().matchEndingAt("postnominal-modifiers", tokens, start);
            if (modifier > 0 && start - modifier > 0 && words.isPhraseWord(tokens.get(start - modifier - 1))) {
                // "officials familiar with the matter", "sources close to the president": one phrase.
                start -= modifier;
            } else if (words.isPhraseWord(token) || isInnerPreposition(tokens, start - 1, endExclusive)
                    || isNameConjunction(tokens, start - 1)) {
                start--;
            } else if (isInitialBeforeName(tokens, start - 1)) {
                start -= 2;
            } else if (words.isDeterminer(token) && isInnerPreposition(tokens, start - 2, endExclusive)) {
                start -= 2;
            } else {
                return words.isDeterminer(token) ? start - 1 : start;
            }
        }
        return start;
    }

    /** "K.C. Maurer", "J. Smith": the dot after an initial, right before a capitalised name, is part of the name. */
    static boolean isInitialBeforeName(List<Token> tokens, int dot) {
        return dot > 0 && dot + 1 < tokens.size() && tokens.get(dot).is(".")
                && INITIALS.matcher(tokens.get(dot - 1).text()).matches() && tokens.get(dot + 1).isCapitalized();
    }

    private boolean isInnerPreposition(List<Token> tokens, int index, int endExclusive) {
        return index >= 0 && words.isPhrasePreposition(tokens.get(index)) && index > 0 && index + 1 < endExclusive
                && words.isPhraseWord(tokens.get(index - 1)) && !words.isPlatform(tokens, index + 1);
    }

    private boolean isNameConjunction(List<Token> tokens, int index) {
        Token token = tokens.get(index);
        return (token.is("og") || token.is("and")) && index > 0 && index + 1 < tokens.size()
                && tokens.get(index - 1).isCapitalized() && tokens.get(index + 1).isCapitalized();
    }

    /** "Ordfører i byen, Vitalij Klitschko, sier" and "Tormod Heier, oberstløytnant ..., sier". */
    private Optional<TokenRange> apposition(List<Token> tokens, int closingComma) {
        int openingComma = closingComma - 1;
        while (openingComma >= 0 && !tokens.get(openingComma).is(",")) {
            openingComma--;
        }
        int parenthesis = openingParenthesis(tokens, closingComma);
        // "Ordfører i Bergen, Per Hansen (H), sier": the party after the name is no part of it.
        TokenRange inner = new TokenRange(openingComma + 1, parenthesis > openingComma + 1 ? parenthesis
                : closingComma);
        if (isPersonName(tokens, inner)) {
            return Optional.of(inner);
        }
        Optional<TokenRange> titled = nameAfterTitles(tokens, inner);
        if (titled.isPresent()) {
            return titled;
        }
        if (openingComma < 0) {
            return Optional.empty();
        }
        Optional<TokenRange> outer = backward(tokens, beforeAge(tokens, openingComma));
        return outer.isPresent() ? outer : backward(tokens, closingComma).filter(range -> !range.isEmpty());
    }

    /** "Jane Doe, 45, a local resident, said": the name stands before the age set off by commas. */
    private static int beforeAge(List<Token> tokens, int comma) {
        boolean age = comma >= 2 && tokens.get(comma - 1).isNumber() && tokens.get(comma - 2).is(",");
        return age ? comma - 2 : comma;
    }

    /** "Sjefen for Hæren, generalmajor Lars Lervik, sier": titles before the name in an apposition. */
    private Optional<TokenRange> nameAfterTitles(List<Token> tokens, TokenRange inner) {
        int start = inner.from();
        while (start < inner.to() && words.isTitle(tokens.get(start)) && !tokens.get(start).isCapitalized()) {
            start++;
        }
        TokenRange name = new TokenRange(start, inner.to());
        return start > inner.from() && isPersonName(tokens, name) ? Optional.of(name) : Optional.empty();
    }

    private boolean hasPhraseWord(List<Token> tokens, int from, int to) {
        for (int i = from; i < to; i++) {
            if (words.isPhraseWord(tokens.get(i))) {
                return true;
            }
        }
        return false;
    }
}
