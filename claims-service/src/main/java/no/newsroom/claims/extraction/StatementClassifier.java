package no.newsroom.claims.extraction;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Decides what kind of statement a sentence makes, apart from who makes it: a question, a meta line about comments,
 * a note that something is (not) verified, or content that is not a checkable claim: opinions, emotions,
 * intentions, promises, threats, appeals, predictions, warnings, plans, conditions and speculation.
 */
final class StatementClassifier {

    private static final List<String> NON_CLAIM_MARKERS = List.of("opinion-markers", "intention-markers",
            "appeal-markers", "prediction-markers", "emotion-markers");
    private static final Set<String> QUOTE_OPENERS = Set.of("–", "-", "—", "«", "“", "\"", "'");
    private static final Set<String> CLAUSE_ENDS = Set.of(",", ";", ":", "–", "—", "»", "”", "\"", ".", "(", ")");
    private static final Set<String> PRESENT_AUXILIARIES = Set.of("være", "be");
    private static final Set<String> PAST_AUXILIARIES = Set.of("ha", "have");
    private static final List<String> PARTICIPLE_ENDINGS = List.of("t", "d", "ed", "en", "wn", "ne");
    private static final Set<String> IRREGULAR_PARTICIPLES = Set.of("made", "come", "become", "run", "begun", "won");
    private static final int NEGATION_REACH = 4;
    private static final int GENERIC_WHEN_REACH = 3;
    // "startet", "kostet": shorter words ending in "-et" are articles and nouns ("et", "det", "året").
    private static final int MIN_WEAK_PAST_LENGTH = 4;
    // "går", "tar", "ser": a present tense in "-r" without "-er" is short; longer words so ending are nouns
    // ("kommentar", "eventyr").
    private static final int MAX_SHORT_PRESENT = 4;
    // "gode", "fine": the base form has at least three letters.
    private static final int MIN_INFLECTED_LENGTH = 3;
    /** Evaluation signals minus fact signals at which a statement reads as a view, not a checkable fact. */
    private static final int EVALUATION_THRESHOLD = 2;
    // An evaluative word or an image weighs more than the first person: "jeg ble slått ned" still reports an event.
    private static final int FIRST_PERSON_WEIGHT = 1;
    private static final int EVALUATIVE_WEIGHT = 2;
    // "Vi tar dette på alvor", "I think about it every day": what the speaker does or feels now is a view.
    private static final int SPEAKER_NOW_WEIGHT = 2;
    private static final int PERFECT_REACH = 3;
    // "Dette er en seier for demokratiet", "This is about trust": what the speaker calls the matter at hand. With an
    // evaluative word ("Dette er så godt gjort") that word already counts.
    private static final int CHARACTERISATION_WEIGHT = 2;
    // A second evaluative word outweighs a name: "veldig positivt at han klarte ... i Barcelona" is a view.
    private static final int MAX_EVALUATIVE_WORDS = 2;
    private static final int COMPARISON_WEIGHT = 2;
    private static final int NUMBER_WEIGHT = 2;
    private static final int NAME_WEIGHT = 1;

    private final WordClasses words;
    private final Lexicon lexicon;
    private final HedgeDetector hedges;

    StatementClassifier(WordClasses words, HedgeDetector hedges) {
        this.words = words;
        this.lexicon = words.lexicon();
        this.hedges = hedges;
    }

    boolean isQuestion(List<Token> tokens) {
        return tokens.stream().anyMatch(token -> token.is("?"));
    }

    boolean isCommentMeta(List<Token> tokens) {
        return lexicon.find("comment-meta", tokens, 0, tokens.size()) >= 0;
    }

    /** "Det er ikke bekreftet", "ubekreftede", "could not independently verify". */
    boolean saysUnverified(List<Token> tokens) {
        if (lexicon.find("unverified-words", tokens, 0, tokens.size()) >= 0) {
            return true;
        }
        for (int i = 0; i < tokens.size(); i++) {
            if (lexicon.matchAt("verify-verbs", tokens, i) > 0 && isNegatedWithin(tokens, i)) {
                return true;
            }
        }
        return false;
    }

    /** "Dette er bekreftet av uavhengige kilder": a short follow-up confirming the claim before it. */
    boolean isConfirmationNote(List<Token> tokens) {
        if (tokens.isEmpty() || saysUnverified(tokens) || !startsWithReference(tokens)) {
            return false;
        }
        return lexicon.find("verify-verbs", tokens, 0, tokens.size()) >= 0;
    }

    boolean startsWithReference(List<Token> tokens) {
        return lexicon.matchAt("back-reference-subjects", tokens, 0) > 0 || startsWithFigureReference(tokens);
    }

    /** "Tallene ...", "The figures ...": a follow-up about the numbers just reported. */
    boolean startsWithFigureReference(List<Token> tokens) {
        return lexicon.matchAt("figure-references", tokens, 0) > 0;
    }

    /**
     * Content that is not a checkable statement about the present or past, outside the attribution itself. Only the
     * statement's own clause counts: "kan" in "en sentral der velgere kan melde fra" or "mente" in "For å vise hvor
     * alvorlig hun mente det, sendte hun ..." does not make the statement a possibility or an opinion. A condition
     * anywhere does, and so does a source that forecasts or believes ("ifølge prognosene", "according to legend").
     * Where main clauses are joined, one that reports an event and is no view keeps the sentence a claim.
     */
    boolean expressesNonClaim(List<Token> tokens, BitSet attributionTokens) {
        BitSet subordinate = subordinateClauses(tokens, attributionTokens);
        for (int i = 0; i < tokens.size(); i++) {
            if (attributionTokens.get(i) && lexicon.matchAt("non-claim-sources", tokens, i) > 0
                    || !attributionTokens.get(i) && isCondition(tokens, i)) {
                return true;
            }
        }
        if (opensWithImperative(tokens) || isGenericReport(tokens, attributionTokens)) {
            return true;
        }
        if (!clauseExpressesNonClaim(tokens, attributionTokens, subordinate)) {
            return false;
        }
        List<BitSet> clauses = coordinateClauses(tokens, attributionTokens);
        return clauses.size() == 1 || clauses.stream().noneMatch(outside -> reportsEvent(tokens, outside, subordinate)
                && !clauseExpressesNonClaim(tokens, outside, subordinate));
    }

    /**
     * A clause with a figure, a past tense or a perfect ("er kjøpt opp", "has risen", "replied") reports what
     * happened; beside a view or a plan it keeps the sentence a claim.
     */
    private boolean reportsEvent(List<Token> tokens, BitSet outside, BitSet subordinate) {
        for (int i = outside.nextClearBit(0); i < tokens.size(); i = outside.nextClearBit(i + 1)) {
            Token token = tokens.get(i);
            if (subordinate.get(i)) {
                continue;
            }
            if (isFigure(token) || lexicon.contains("past-tense-verbs", token) && !marksNonClaim(token)
                    || isWeakPastAfterSubject(tokens, i) || isPerfectAt(tokens, i)) {
                return true;
            }
        }
        return false;
    }

    /** "han ringte", "they arrested": a weak past right after its subject pronoun ("Tinghuset" is a noun). */
    private boolean isWeakPastAfterSubject(List<Token> tokens, int index) {
        return index > 0 && lexicon.contains("subject-pronouns", tokens.get(index - 1)) && !tokens.get(index)
                .isCapitalized() && hasPastEnding(tokens.get(index))
                && tokens.get(index).text().length() > MIN_WEAK_PAST_LENGTH;
    }

    /** "kunne", "would", "mente": past forms that mark a possibility, a plan or a view, not an event. */
    private boolean marksNonClaim(Token token) {
        return lexicon.contains("speculation-modals", token) || lexicon.contains("intention-markers", token)
                || lexicon.contains("opinion-markers", token);
    }

    /** "har gått", "er kjøpt", "has risen", "was killed": an auxiliary with its participle right after it. */
    private boolean isPerfectAt(List<Token> tokens, int index) {
        if (!lexicon.contains("perfect-auxiliaries", tokens.get(index)) && !lexicon.contains("past-tense-verbs",
                tokens.get(index))) {
            return false;
        }
        for (int i = index + 1; i < Math.min(tokens.size(), index + 1 + PERFECT_REACH); i++) {
            Token next = tokens.get(i);
            if (next.isWord() && isPerfectParticiple(next) && !words.isDeterminer(next)
                    && !lexicon.contains("stop-words", next) && !lexicon.contains("not-participles", next)) {
                return true;
            }
        }
        return false;
    }

    /** One main clause of the statement, read with everything outside it (the attribution, other clauses) left out. */
    private boolean clauseExpressesNonClaim(List<Token> tokens, BitSet outside, BitSet subordinate) {
        for (int i = 0; i < tokens.size(); i++) {
            if (!outside.get(i) && !subordinate.get(i) && isNonClaimMarkerAt(tokens, i)) {
                return true;
            }
        }
        return isVerbless(tokens, outside, subordinate)
                || evaluationScore(tokens, outside, subordinate) >= EVALUATION_THRESHOLD;
    }

    /**
     * "Selskapet er kjøpt opp, og skal bytte navn", "The toll has risen to 40; more rain is expected": main clauses
     * joined after a comma by "og"/"men"/"and"/"but", or by a semicolon, each state something of their own. A
     * sentence that reports one checkable fact beside a plan or a view still reports that fact. Each clause comes as
     * the tokens to leave out when reading it.
     */
    private List<BitSet> coordinateClauses(List<Token> tokens, BitSet attributionTokens) {
        List<BitSet> clauses = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= tokens.size(); i++) {
            boolean end = i == tokens.size() || tokens.get(i).is(";") || isClauseDash(tokens, i)
                    || tokens.get(i).is(",") && i + 1 < tokens.size()
                    && lexicon.contains("coordinators", tokens.get(i + 1));
            if (end) {
                BitSet outside = (BitSet) attributionTokens.clone();
                outside.set(0, start);
                outside.set(i, tokens.size());
                if (outside.cardinality() < tokens.size()) {
                    clauses.add(outside);
                }
                start = i + 1;
            }
        }
        return clauses;
    }

    /** "— only 11 percent ... --", "– og det": a dash inside the sentence sets off a clause of its own. */
    private static boolean isClauseDash(List<Token> tokens, int index) {
        Token token = tokens.get(index);
        boolean doubleHyphen = token.is("-") && index + 1 < tokens.size() && tokens.get(index + 1).is("-");
        return index > 0 && (token.is("—") || token.is("–") || doubleHyphen);
    }

    /**
     * "– Ingen kommentar til det, sier X", "– Selv om vi tapte i fjor, sier X": a statement whose own clause has no
     * finite verb names a thing or a view; it states nothing that happened. Only Norwegian is read this way: its
     * finite verbs carry a tense ending, English ones often carry none ("Bridge closed after storm, police say").
     */
    private boolean isVerbless(List<Token> tokens, BitSet attributionTokens, BitSet subordinate) {
        if (words.language() != Language.NB) {
            return false;
        }
        boolean statement = false;
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (attributionTokens.get(i) || !token.isWord() && !isFigure(token)) {
                continue;
            }
            Token before = i > 0 ? tokens.get(i - 1) : null;
            // "den sosiale eliten": "den", "det" and "de" are also articles before an adjective.
            boolean afterSubject = before != null && lexicon.contains("subject-pronouns", before)
                    && !(words.isDeterminer(before) && words.isAdjectiveLike(token));
            if (isFigure(token) || !subordinate.get(i) && (afterSubject || mightBeFinite(token))) {
                return false;
            }
            statement = true;
        }
        return statement;
    }

    private boolean isFigure(Token token) {
        return token.isNumber() || token.text().chars().anyMatch(Character::isDigit) || words.isNumberWord(token);
    }

    /**
     * Any word with the ending of a Norwegian present or past tense, or a finite verb without one ("vet", "var"). A
     * strong past without a list entry ("Vi slapp mannen inn") is found after its subject pronoun instead.
     */
    private boolean mightBeFinite(Token token) {
        if (lexicon.contains("past-tense-verbs", token) || lexicon.contains("present-tense-verbs", token)) {
            return true;
        }
        String word = token.lower();
        boolean ending = words.hasFiniteVerbEnding(token) || word.endsWith("r") && word.length() <= MAX_SHORT_PRESENT
                || word.endsWith("et") && word.length() > MIN_WEAK_PAST_LENGTH;
        return ending && !lexicon.contains("not-finite", token) && !words.isTimeWord(token);
    }

    /**
     * Weighs what the statement's words say about its kind. Each signal counts once, by its weight, except
     * evaluative words, which count up to twice. For a view: the speaker's own experience ("jeg", "I"), more so what
     * the speaker does or feels now ("vi tar", "I miss"), evaluative or intensifying words ("literally", "so
     * consumed", "utrolig"), a comparison ("som en feit 19-åring", "like a drama") and a demonstrative opening
     * ("Dette er ..."). For a checkable fact: a number and a name in the statement. An evaluation with a number in it
     * stays a claim.
     */
    private int evaluationScore(List<Token> tokens, BitSet attributionTokens, BitSet subordinate) {
        boolean firstPerson = false;
        boolean speakerNow = false;
        boolean characterising = false;
        int evaluative = 0;
        boolean comparison = false;
        boolean number = false;
        boolean name = false;
        for (int i = 0; i < tokens.size(); i++) {
            if (attributionTokens.get(i)) {
                continue;
            }
            Token token = tokens.get(i);
            firstPerson |= lexicon.contains("first-person-singular", token);
            speakerNow |= !subordinate.get(i) && isSpeakerInThePresent(tokens, i);
            characterising |= isCharacterisation(tokens, i, attributionTokens);
            evaluative += lexicon.matchAt("evaluative-words", tokens, i) > 0 || isInflectedEvaluative(token)
                    || isIntensifiedCompound(token) ? 1 : 0;
            comparison |= lexicon.matchAt("comparison-markers", tokens, i) > 0;
            number |= token.isNumber() || token.text().chars().anyMatch(Character::isDigit)
                    || words.isNumberWord(token);
            name |= isNameInside(tokens, i, attributionTokens);
        }
        int view = (speakerNow ? SPEAKER_NOW_WEIGHT : firstPerson ? FIRST_PERSON_WEIGHT : 0)
                + Math.min(evaluative, MAX_EVALUATIVE_WORDS) * EVALUATIVE_WEIGHT + (comparison ? COMPARISON_WEIGHT : 0)
                + (characterising && evaluative == 0 ? CHARACTERISATION_WEIGHT : 0);
        int fact = (number ? NUMBER_WEIGHT : 0) + (name ? NAME_WEIGHT : 0);
        return view - fact;
    }

    /**
     * "fantastiske", "flinke": a Norwegian adjective takes "-e" in the plural and the definite; the word list names
     * the base form. The neuter "-t" is left out: "godt" is also an adverb ("godt gjort", "godt over 100").
     */
    private boolean isInflectedEvaluative(Token token) {
        String word = token.lower();
        if (words.language() != Language.NB || word.length() <= MIN_INFLECTED_LENGTH || !word.endsWith("e")) {
            return false;
        }
        return lexicon.contains("evaluative-words", word.substring(0, word.length() - 1));
    }

    /** "kjempeviktig", "knallsterk", "dritbra": an intensifying prefix makes any word in it evaluative. */
    private boolean isIntensifiedCompound(Token token) {
        String word = token.lower();
        for (String prefix : lexicon.words("intensifier-prefixes")) {
            if (word.startsWith(prefix) && word.length() >= prefix.length() + MIN_INFLECTED_LENGTH) {
                return true;
            }
        }
        return false;
    }

    /**
     * "jeg tenker", "vi tar", "we need": the speaker as subject of a verb in the present tense. "vi har pågrepet",
     * "we have received", "I'm told" and "vi fikk" report what happened, and "vi vet at ..." reports its clause.
     */
    private boolean isSpeakerInThePresent(List<Token> tokens, int index) {
        Token subject = tokens.get(index);
        boolean contracted = lexicon.contains("first-person-contracted", subject);
        if (!lexicon.contains("first-person-subjects", subject) && !contracted) {
            return false;
        }
        int verb = contracted ? index : index + 1;
        if (verb >= tokens.size() || !tokens.get(verb).isWord() || tokens.get(verb).isCapitalized()) {
            return false;
        }
        Token finite = tokens.get(verb);
        if (lexicon.contains("past-tense-verbs", finite) || hasPastEnding(finite)) {
            return false;
        }
        boolean auxiliary = contracted || lexicon.contains("perfect-auxiliaries", finite);
        for (int i = verb + 1; auxiliary && i < Math.min(tokens.size(), verb + 1 + PERFECT_REACH); i++) {
            if (isParticiple(tokens.get(i))) {
                return false;
            }
        }
        boolean reportsAClause = verb + 1 < tokens.size() && lexicon.contains("complementizers", tokens.get(verb + 1));
        return (contracted || isPresentTense(finite)) && !reportsAClause;
    }

    private boolean hasPastEnding(Token token) {
        String word = token.lower();
        return words.language() == Language.NB ? word.endsWith("et") || word.endsWith("te") || word.endsWith("de")
                : word.endsWith("ed");
    }

    private boolean isPresentTense(Token token) {
        return words.language() == Language.EN || token.lower().endsWith("r")
                || lexicon.contains("present-tense-verbs", token);
    }

    /** A capitalised word that is not the first of its sentence or quotation, and not the pronoun "I". */
    private boolean isNameInside(List<Token> tokens, int index, BitSet attributionTokens) {
        Token token = tokens.get(index);
        if (!token.isCapitalized() || token.is("I") || lexicon.contains("first-person-singular", token)) {
            return false;
        }
        return !opensClause(tokens, index, attributionTokens);
    }

    /** "Dette er en seier", "He said this is about trust": a demonstrative and a copula open the statement. */
    private boolean isCharacterisation(List<Token> tokens, int index, BitSet attributionTokens) {
        boolean opens = opensClause(tokens, index, attributionTokens)
                || index > 0 && lexicon.contains("complementizers", tokens.get(index - 1));
        return opens && lexicon.matchAt("characterising-openers", tokens, index) > 0;
    }

    /** The first word of the sentence, of a quotation, or of the statement after its attribution. */
    private static boolean opensClause(List<Token> tokens, int index, BitSet attributionTokens) {
        if (index == 0) {
            return true;
        }
        Token before = tokens.get(index - 1);
        return QUOTE_OPENERS.contains(before.text()) || before.is(":") || before.is(".")
                || attributionTokens.get(index - 1) && before.isPunctuation();
    }

    /**
     * "når meteorologer sier at ...", "whenever critics say": what people say whenever something happens, not what
     * someone said. The word opens the clause of the attribution, at most a short subject before it.
     */
    private boolean isGenericReport(List<Token> tokens, BitSet attributionTokens) {
        int start = attributionTokens.nextSetBit(0);
        for (int i = start; i >= 0 && i >= start - GENERIC_WHEN_REACH; i--) {
            if (lexicon.contains("generic-when", tokens.get(i))) {
                return true;
            }
            if (tokens.get(i).isPunctuation()) {
                return false;
            }
        }
        return false;
    }

    /** "hvis", "if"; not the idioms that only limit a statement ("seldom, if at all", "many if not most"). */
    private boolean isCondition(List<Token> tokens, int index) {
        return lexicon.matchAt("conditional-markers", tokens, index) > 0
                && lexicon.matchAt("conditional-idioms", tokens, index) == 0;
    }

    /**
     * Tokens inside relative and adverbial clauses ("som ...", "der ...", "because ...", "for å ..."), each running
     * to the next clause mark or the attribution. "at"/"that" opens one too, except the first after the attribution
     * began, which introduces the statement itself ("Politiet sier at ..."), and a "that" that opens its clause as a
     * pronoun ("So that alarms me").
     */
    private BitSet subordinateClauses(List<Token> tokens, BitSet attributionTokens) {
        BitSet subordinate = new BitSet();
        boolean inside = false;
        boolean attributed = false;
        boolean statementOpened = false;
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            attributed |= attributionTokens.get(i);
            if (CLAUSE_ENDS.contains(token.text()) || attributionTokens.get(i)) {
                inside = false;
                continue;
            }
            boolean complementizer = lexicon.contains("complementizers", token) && followsAWord(tokens, i);
            if (complementizer && attributed && !statementOpened) {
                statementOpened = true;
            } else if (complementizer || !isAcronym(token) && lexicon.matchAt("subordinators", tokens, i) > 0) {
                inside = true;
            }
            if (inside) {
                subordinate.set(i);
            }
        }
        return subordinate;
    }

    private boolean followsAWord(List<Token> tokens, int index) {
        return index > 0 && tokens.get(index - 1).isWord()
                && !lexicon.contains("clause-openers", tokens.get(index - 1));
    }

    /** "WHO", "US": an acronym is a name, whatever lower-case word it spells. */
    private static boolean isAcronym(Token token) {
        return token.text().length() > 1 && token.text().equals(token.text().toUpperCase(Locale.ROOT));
    }

    private boolean isNonClaimMarkerAt(List<Token> tokens, int index) {
        for (String markers : NON_CLAIM_MARKERS) {
            if (lexicon.matchAt(markers, tokens, index) > 0) {
                return true;
            }
        }
        return isSpeculation(tokens, index) || hedges.isFutureSkal(tokens, index) || isFutureCopula(tokens, index)
                || isContractedWillOrWould(tokens, index) || isModalNok(tokens, index);
    }

    /**
     * "Dette gjelder nok flere skoler", "vi rekker nok ikke fram": the modal particle "nok" (probably) after a
     * verb, not the quantifier "nok" (enough) before its noun ("har nok penger"); an adjective or "flere" after it
     * shows the particle.
     */
    private boolean isModalNok(List<Token> tokens, int index) {
        if (words.language() != Language.NB || !tokens.get(index).is("nok") || index == 0 || index + 1 >= tokens.size()
                || !mightBeFinite(tokens.get(index - 1))) {
            return false;
        }
        Token next = tokens.get(index + 1);
        return !next.isWord() || next.isCapitalized() || lexicon.contains("negations", next)
                || lexicon.contains("stop-words", next) || words.isDeterminer(next) || words.isPhrasePreposition(next)
                || words.isAdjectiveLike(next) || isParticiple(next);
    }

    /**
     * "we'll see", "I'd like to": "will" and "would" joined to their subject. "I'd seen" is "I had" before a
     * participle and reports.
     */
    private static boolean isContractedWillOrWould(List<Token> tokens, int index) {
        String word = tokens.get(index).lower().replace('’', '\'');
        if (word.endsWith("'ll")) {
            return true;
        }
        return word.endsWith("'d") && index + 1 < tokens.size() && tokens.get(index + 1).isWord()
                && !isParticiple(tokens.get(index + 1));
    }

    /**
     * "Det blir spennende", "prisene blir høyere": "blir" before anything but a participle is what will be; "blir
     * sagt opp", "blir drept" is a passive and reports.
     */
    private boolean isFutureCopula(List<Token> tokens, int index) {
        if (!lexicon.contains("future-copulas", tokens.get(index))) {
            return false;
        }
        int next = index + 1;
        while (next < tokens.size() && lexicon.contains("negations", tokens.get(next))) {
            next++;
        }
        return next < tokens.size() && tokens.get(next).isWord() && !isParticiple(tokens.get(next));
    }

    /**
     * "kan bli", "may rise", "det er sannsynlig at": a possibility, unless it is about the past ("kan ha skjedd", "may
     * have been") or a present state ("kan være savnet"). "may have higher yields" owns something possible: "have"
     * makes the past only before a participle.
     */
    private boolean isSpeculation(List<Token> tokens, int index) {
        int length = lexicon.matchAt("speculation-modals", tokens, index);
        if (length == 0 || tokens.get(index).text().equals("May")) {
            return false;
        }
        int next = index + length;
        if (next >= tokens.size()) {
            return true;
        }
        String after = tokens.get(next).lower();
        if (PRESENT_AUXILIARIES.contains(after)) {
            return false;
        }
        return !PAST_AUXILIARIES.contains(after) || next + 1 >= tokens.size() || !isParticiple(tokens.get(next + 1));
    }

    /** "kjøpt", "meldt", "killed", "taken": Norwegian participles end in "-t" or "-d" ("forskjellen" is a noun). */
    private boolean isPerfectParticiple(Token token) {
        String word = token.lower();
        return words.language() == Language.NB ? word.endsWith("t") || word.endsWith("d") : isParticiple(token);
    }

    /** Regular participles ("skjedd", "drept", "killed", "taken") and the common irregular ones. */
    private static boolean isParticiple(Token token) {
        String word = token.lower();
        return PARTICIPLE_ENDINGS.stream().anyMatch(word::endsWith) || IRREGULAR_PARTICIPLES.contains(word);
    }

    /** "– Bistå med alle nødvendige våpen", "«Hjelp Ukraina ...»": an appeal in the imperative. */
    private boolean opensWithImperative(List<Token> tokens) {
        int first = 0;
        while (first < tokens.size() && QUOTE_OPENERS.contains(tokens.get(first).text())) {
            first++;
        }
        return first < tokens.size() && lexicon.contains("imperatives", tokens.get(first));
    }

    private boolean isNegatedWithin(List<Token> tokens, int index) {
        for (int j = Math.max(0, index - NEGATION_REACH); j < index; j++) {
            Token token = tokens.get(j);
            if (lexicon.contains("negations", token) || token.lower().endsWith("n't")) {
                return true;
            }
        }
        return false;
    }
}
