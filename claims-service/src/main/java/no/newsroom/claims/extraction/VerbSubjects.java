package no.newsroom.claims.extraction;

import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the subject of a reporting verb, the one who says: a pronoun beside it (", sier han"), a phrase after an
 * inverted verb (", sier Klitschko."), or the phrase before the verb group ("Ukrainske myndigheter har hevdet"). A
 * passive verb ("er bekreftet", "I'm told") and a counted group ("38 prosent avviste") have none.
 */
final class VerbSubjects {

    private static final Set<String> AUXILIARIES = Set.of("har", "hadde", "has", "have", "had", "er", "var", "is",
            "was", "are", "were", "ble", "blir", "også", "also", "tidligere", "earlier", "previously", "now", "nå",
            "on", "i", "late", "once", "then", "again", "later", "still", "publicly", "privately", "repeatedly",
            "separately", "initially", "subsequently", "officially", "flatly", "firmly", "først", "first", "senere",
            "igjen", "fått", "ha", "skal", "skulle");
    private static final Set<String> PREPOSITIONS_BEFORE_SUBJECT = Set.of("til", "fra", "med", "overfor", "to",
            "from", "with", "on", "i", "på", "for", "in", "etter", "under", "ved", "før", "after", "during");
    private static final Set<String> PASSIVE_AUXILIARIES = Set.of("er", "ble", "blir", "var", "is", "was", "are",
            "were", "been", "being", "be");
    private static final Set<String> AFTER_INVERTED_SUBJECT = Set.of("til", "overfor", "i", "på", "in", "on", "at",
            "to", "ifølge", "according", "citing", "som", "who", "etter", "after", "da", "when", "mens", "while",
            "med", "with", "om", "about", "fra", "from", "før", "before");

    private static final Set<String> OBJECT_PRONOUNS = Set.of("ham", "henne", "dem");

    private final WordClasses words;
    private final Lexicon lexicon;
    private final PhraseScanner scanner;

    VerbSubjects(WordClasses words, PhraseScanner scanner) {
        this.words = words;
        this.lexicon = words.lexicon();
        this.scanner = scanner;
    }

    /** "har", "was", "also", "later": a word of the verb group before the verb itself. */
    static boolean isAuxiliary(Token token) {
        return AUXILIARIES.contains(token.lower());
    }

    /**
     * Where the verb group starts: auxiliaries, time words, "to ganger"/"twice" and the modal of a verb of saying
     * ("kunne fortelle", "kunne også fortelle") belong to it.
     */
    int verbGroupStart(List<Token> tokens, int verb) {
        int modal = modalBefore(tokens, verb);
        int start = modal >= 0 ? modal : verb;
        while (start > 0) {
            int frequency = lexicon.matchEndingAt("frequency-adverbs", tokens, start);
            if (frequency > 0) {
                start -= frequency;
            } else if (AUXILIARIES.contains(tokens.get(start - 1).lower()) || words.isTimeWord(tokens.get(start - 1))) {
                start--;
            } else {
                return start;
            }
        }
        return start;
    }

    /**
     * Where the modal of "kan bekrefte", "kunne også fortelle", "could also confirm" stands: right before the verb, or
     * with one word of the verb group between them; -1 when there is none.
     */
    int modalBefore(List<Token> tokens, int verb) {
        for (int at = verb - 1; at >= Math.max(0, verb - 2); at--) {
            if (lexicon.contains("reporting-modals", tokens.get(at))) {
                return at;
            }
            if (!AUXILIARIES.contains(tokens.get(at).lower())) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * "er bekreftet død", "was reported", "I'm told": the grammatical subject is what is reported, or who heard it,
     * not who reports it.
     */
    static boolean isPassive(List<Token> tokens, int verb) {
        if (verb == 0) {
            return false;
        }
        String before = tokens.get(verb - 1).lower().replace('’', '\'');
        return PASSIVE_AUXILIARIES.contains(before) || before.endsWith("'m") || before.endsWith("'re");
    }

    Optional<TokenRange> subject(List<Token> tokens, int groupStart, int afterVerb, BitSet used) {
        Optional<TokenRange> pronoun = pronounBeside(tokens, groupStart, afterVerb);
        if (pronoun.isPresent()) {
            return pronoun;
        }
        boolean clauseEndBefore = groupStart > 0
                && FoundSpeakers.CLAUSE_END_MARKS.contains(tokens.get(groupStart - 1).text());
        Optional<TokenRange> after = scanner.forward(tokens, skipTimeWords(tokens, afterVerb))
                .filter(phrase -> endsClause(tokens, phrase));
        if (clauseEndBefore && after.isPresent()) {
            return after;
        }
        Optional<TokenRange> before = scanner.backward(tokens, groupStart)
                .filter(phrase -> !isFrontedPrepositionObject(tokens, phrase))
                .filter(phrase -> used.get(phrase.from(), phrase.to()).isEmpty());
        if (before.isPresent()) {
            return isCounted(tokens, before.get()) ? Optional.empty() : before;
        }
        if (words.language() != Language.NB) {
            return Optional.empty();
        }
        return after.or(() -> invertedPronoun(tokens, afterVerb));
    }

    /**
     * "I et intervju med NRK fortalte han at ...", "Til VG sier hun": after a fronted phrase the subject follows the
     * verb, so a subject pronoun there is who says it ("fortalte ham at" tells him).
     */
    private Optional<TokenRange> invertedPronoun(List<Token> tokens, int afterVerb) {
        boolean subjectPronoun = afterVerb < tokens.size() && words.isPersonalPronoun(tokens.get(afterVerb))
                && !OBJECT_PRONOUNS.contains(tokens.get(afterVerb).lower());
        return subjectPronoun ? Optional.of(new TokenRange(afterVerb, afterVerb + 1)) : Optional.empty();
    }

    /**
     * "38 prosent avviste", "12 residents said": a counted group answering a poll or a count is no speaker; "two
     * officials familiar with the matter" describes who the sources are, and they speak.
     */
    private boolean isCounted(List<Token> tokens, TokenRange phrase) {
        int before = phrase.from() - 1;
        boolean counted = before >= 0 && (tokens.get(before).isNumber() || words.isNumberWord(tokens.get(before)));
        return counted && lexicon.find("postnominal-modifiers", tokens, phrase.from(), phrase.to()) < 0;
    }

    /** ", sier han", "he said": a pronoun right next to the verb is its subject. */
    private Optional<TokenRange> pronounBeside(List<Token> tokens, int groupStart, int afterVerb) {
        if (afterVerb < tokens.size() && words.isPersonalPronoun(tokens.get(afterVerb))
                && (groupStart == 0 || FoundSpeakers.CLAUSE_END_MARKS.contains(tokens.get(groupStart - 1).text()))
                && isInvertedPronoun(tokens, afterVerb)) {
            return Optional.of(new TokenRange(afterVerb, afterVerb + 1));
        }
        if (groupStart > 0 && words.isPersonalPronoun(tokens.get(groupStart - 1))) {
            return Optional.of(new TokenRange(groupStart - 1, groupStart));
        }
        return Optional.empty();
    }

    /**
     * Norwegian inverts the pronoun in any clause (", sier han at"); English only where the pronoun ends the clause
     * ("..., said he."), so in "Smith said he had worked" the pronoun opens the statement.
     */
    private boolean isInvertedPronoun(List<Token> tokens, int pronoun) {
        return words.language() == Language.NB || endsClause(tokens, new TokenRange(pronoun, pronoun + 1));
    }

    /** ", skriver blant annet The Telegraph", ", sier nå X": adverbs between an inverted verb and its subject. */
    private int skipTimeWords(List<Token> tokens, int index) {
        int i = index;
        while (i < tokens.size()) {
            int filler = lexicon.matchAt("inverted-subject-fillers", tokens, i);
            if (filler > 0) {
                i += filler;
            } else if (words.isTimeWord(tokens.get(i))) {
                i++;
            } else {
                return i;
            }
        }
        return i;
    }

    /** ", sier Klitschko." and ", sier X til NRK": an inverted subject ends the clause; "said two people" does not. */
    private boolean endsClause(List<Token> tokens, TokenRange phrase) {
        if (phrase.to() >= tokens.size()) {
            return true;
        }
        Token next = tokens.get(phrase.to());
        return next.isPunctuation() && !next.is("-") || AFTER_INVERTED_SUBJECT.contains(next.lower())
                || words.isTimeWord(next);
    }

    /** "Til NRK sier Heier": a phrase after a fronted preposition is its object; the subject follows the verb. */
    private static boolean isFrontedPrepositionObject(List<Token> tokens, TokenRange phrase) {
        int preposition = phrase.from() - 1;
        boolean fronted = preposition == 0 || preposition > 0 && tokens.get(preposition - 1).isPunctuation();
        return fronted && PREPOSITIONS_BEFORE_SUBJECT.contains(tokens.get(preposition).lower());
    }
}
