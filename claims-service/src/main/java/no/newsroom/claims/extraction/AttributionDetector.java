package no.newsroom.claims.extraction;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds who a sentence attributes its statement to: "ifølge X"/"according to X", "X sier/said", ", sier X",
 * "til NTB"/"told CNN" (the outlet that heard it), "citing X" (the one quoted), "bekreftet av X"/"by X".
 */
final class AttributionDetector {

    private static final Set<String> CLAUSE_END_MARKS = Set.of(",", "»", "”", "\"", "–", "—");
    private static final Set<String> AUXILIARIES = Set.of("har", "hadde", "has", "have", "had", "er", "var", "is",
            "was", "are", "were", "ble", "blir", "også", "also", "tidligere", "earlier", "previously", "now", "nå",
            "on", "i", "late", "once", "then", "again", "later", "still", "publicly", "privately", "repeatedly",
            "separately", "initially", "subsequently", "officially", "flatly", "firmly", "først", "senere", "igjen",
            "fått");
    private static final Set<String> PREPOSITIONS_BEFORE_SUBJECT = Set.of("til", "fra", "med", "overfor", "to",
            "from", "with", "on", "i", "på", "for", "in");
    private static final Set<String> CLAUSE_STARTS = Set.of("at", "that");
    private static final Set<String> PASSIVE_AUXILIARIES = Set.of("er", "ble", "blir", "var", "is", "was", "are",
            "were", "been", "being", "be");
    private static final Set<String> AFTER_INVERTED_SUBJECT = Set.of("til", "overfor", "i", "på", "in", "on", "at",
            "to", "ifølge", "according", "citing", "som", "who", "etter", "after", "da", "when", "mens", "while",
            "med", "with", "om", "about", "fra", "from");
    private static final Set<String> NOUN_MODIFIERS = Set.of("unverified", "unconfirmed", "conflicting", "media",
            "news", "these", "those", "such", "similar", "initial", "earlier", "recent", "local", "further", "the",
            "a", "an", "of", "are", "were", "there");
    private static final Set<String> NOT_A_VERB_AFTER = Set.of("of", "about", "from", "suggest", "say", "said",
            "says", "indicate", "to");
    private static final Set<String> AGENT_PREPOSITIONS = Set.of("av", "by");
    private static final Set<String> TOLD = Set.of("told", "tells", "tell");
    private static final int RECIPIENT_WINDOW = 6;
    private static final int MAX_DATELINE_WORDS = 3;
    private static final Set<String> BYLINE_ENDS = Set.of(":", "-", "–", "—");
    private static final Set<String> TOPIC_PREPOSITIONS = Set.of("om", "about", "of");
    private static final Set<String> STATEMENT_MARKS = Set.of(":", "«", "“", "\"", "–", "—");
    private static final int TOPIC_WINDOW = 3;
    private static final int KNOWN_BY_WINDOW = 10;

    private final WordClasses words;
    private final Lexicon lexicon;
    private final PhraseScanner scanner;
    private final SpeakerNames names;
    private final HedgeDetector hedges;

    AttributionDetector(WordClasses words) {
        this.words = words;
        this.lexicon = words.lexicon();
        this.scanner = new PhraseScanner(words);
        this.names = new SpeakerNames(words, scanner);
        this.hedges = new HedgeDetector(words);
    }

    HedgeDetector hedges() {
        return hedges;
    }

    Attribution detect(String text, List<Token> tokens) {
        Found found = new Found(text, tokens);
        findByline(found);
        findCredit(found);
        findPrepositional(found);
        findKnownBy(found);
        findCiting(found);
        findInterviews(found);
        findReportingVerbs(found);
        return new Attribution(found.speakers, hedges.isHedged(tokens), found.used);
    }

    private void findPrepositional(Found found) {
        for (int i = 0; i < found.tokens.size(); i++) {
            int length = lexicon.matchAt("attribution-prepositions", found.tokens, i);
            if (length > 0) {
                int marker = i;
                boolean insideVerbGroup = i > 0 && AUXILIARIES.contains(found.tokens.get(i - 1).lower());
                boolean fronted = i == 0;
                int after = i + length;
                scanner.forward(found.tokens, after, insideVerbGroup).or(() -> platformOrigin(found.tokens, after))
                        .map(phrase -> fronted ? beforeInvertedVerb(found.tokens, phrase) : phrase)
                        .ifPresent(phrase -> found.add(phrase, Speaker.Role.STATEMENT, marker, length));
            }
        }
    }

    /** "ifølge en pressemelding fra Equinor", "according to a statement from the ministry": who issued it. */
    private Optional<TokenRange> platformOrigin(List<Token> tokens, int index) {
        int platform = index;
        while (platform < tokens.size() && words.isDeterminer(tokens.get(platform))) {
            platform++;
        }
        int origin = platform + lexicon.matchAt("platforms", tokens, platform);
        if (origin == platform || origin + 1 >= tokens.size()
                || !lexicon.contains("report-origins", tokens.get(origin))) {
            return Optional.empty();
        }
        return scanner.forward(tokens, origin + 1);
    }

    /** "Oslo (NTB):", "(Reuters) –": the agency that carries the report, named before its first sentence. */
    private void findByline(Found found) {
        List<Token> tokens = found.tokens;
        int open = 0;
        while (open < tokens.size() && open < MAX_DATELINE_WORDS && tokens.get(open).isCapitalized()) {
            open++;
        }
        int close = open + 2;
        if (close + 1 >= tokens.size() || !tokens.get(open).is("(") || !tokens.get(close).is(")")
                || !BYLINE_ENDS.contains(tokens.get(close + 1).text())) {
            return;
        }
        TokenRange agency = new TokenRange(open + 1, close);
        Speaker speaker = names.name(found.text, tokens, agency, Speaker.Role.BYLINE);
        if (speaker.outlet()) {
            found.used.set(0, close + 2);
            found.speakers.add(speaker);
        }
    }

    /** "... — The Canadian Press, 15 August 2008": an outlet credited after a dash at the end carries the text. */
    private void findCredit(Found found) {
        List<Token> tokens = found.tokens;
        int dash = tokens.size() - 1;
        while (dash > 0 && !BYLINE_ENDS.contains(tokens.get(dash).text()) && !tokens.get(dash).is(":")) {
            dash--;
        }
        if (dash <= 0 || !tokens.get(dash - 1).isPunctuation() && !tokens.get(dash).is("—")) {
            return;
        }
        Optional<TokenRange> outlet = scanner.forward(tokens, dash + 1).filter(range -> isDateOnlyAfter(tokens,
                range.to()));
        if (outlet.isEmpty()) {
            return;
        }
        Speaker speaker = names.name(found.text, tokens, outlet.get(), Speaker.Role.BYLINE);
        if (speaker.outlet() && found.used.get(dash, tokens.size()).isEmpty()) {
            found.used.set(dash, tokens.size());
            found.speakers.add(speaker);
        }
    }

    private boolean isDateOnlyAfter(List<Token> tokens, int from) {
        for (int i = from; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            boolean dateWord = token.isNumber() || token.isPunctuation() || words.isTimeWord(token)
                    || lexicon.contains("months", token);
            if (!dateWord) {
                return false;
            }
        }
        return true;
    }

    /**
     * "Ifølge CNN leder nå Obama", "Ifølge CNN varte møtet": after a fronted "ifølge X" the finite verb comes next, so
     * a lower-case word with a verb ending right after the name is that verb, not a noun of the name ("Ifølge Oslo
     * universitetssykehus er" keeps its noun).
     */
    private TokenRange beforeInvertedVerb(List<Token> tokens, TokenRange phrase) {
        if (words.language() != Language.NB) {
            return phrase;
        }
        for (int i = phrase.from() + 1; i < phrase.to(); i++) {
            Token token = tokens.get(i);
            boolean afterName = tokens.get(i - 1).isCapitalized() && !words.isGenitive(tokens.get(i - 1));
            if (afterName && !token.isCapitalized() && words.hasFiniteVerbEnding(token)) {
                return new TokenRange(phrase.from(), i);
            }
        }
        return phrase;
    }

    /** "etter det NRK kjenner til": the phrase between "etter det" and "kjenner til". */
    private void findKnownBy(Found found) {
        List<Token> tokens = found.tokens;
        for (int i = 0; i + 3 < tokens.size(); i++) {
            if (tokens.get(i).is("etter") && tokens.get(i + 1).is("det")) {
                int knows = indexOf(tokens, "kjenner", i + 2, i + KNOWN_BY_WINDOW);
                if (knows > i + 2) {
                    found.add(new TokenRange(i + 2, knows), Speaker.Role.STATEMENT, i, 2);
                    found.used.set(knows, Math.min(knows + 2, tokens.size()));
                }
            }
        }
    }

    private void findCiting(Found found) {
        for (int i = 0; i < found.tokens.size(); i++) {
            int length = lexicon.matchAt("citing-markers", found.tokens, i);
            if (length > 0) {
                int marker = i;
                scanner.forward(found.tokens, i + length)
                        .ifPresent(phrase -> found.add(phrase, Speaker.Role.CITED, marker, length));
            }
        }
    }

    private void findInterviews(Found found) {
        for (int i = 0; i < found.tokens.size(); i++) {
            int length = lexicon.matchAt("recipient-prepositions", found.tokens, i);
            if (length > 1) {
                int marker = i;
                scanner.forward(found.tokens, i + length)
                        .ifPresent(phrase -> found.add(phrase, Speaker.Role.RECIPIENT, marker, length));
            }
        }
    }

    private void findReportingVerbs(Found found) {
        for (int i = 0; i < found.tokens.size(); i++) {
            int length = lexicon.matchAt("reporting-verbs", found.tokens, i);
            if (length > 0 && !found.used.get(i) && isReportingUse(found, i)
                    && (length > 1 || !isOnlyReportingWhenInverted(found.tokens, i))) {
                found.used.set(i, i + length);
                attachVerb(found, i, i + length);
            }
        }
    }

    /** ", viser nye tall fra SSB" reports a finding; "Bildet viser ..." and "viser seg" describe. */
    private boolean isOnlyReportingWhenInverted(List<Token> tokens, int verb) {
        int groupStart = verbGroupStart(tokens, verb);
        boolean inverted = groupStart > 0 && CLAUSE_END_MARKS.contains(tokens.get(groupStart - 1).text());
        return lexicon.contains("inverted-reporting-verbs", tokens.get(verb)) && !inverted;
    }

    private boolean isReportingUse(Found found, int index) {
        List<Token> tokens = found.tokens;
        if (isNegated(tokens, index)) {
            return false;
        }
        Token next = index + 1 < tokens.size() ? tokens.get(index + 1) : null;
        if (next != null && (next.is("to") || next.is("å"))) {
            return false;
        }
        if (speaksOfATopicOnly(found, index)) {
            return false;
        }
        if (!lexicon.contains("ambiguous-reporting-verbs", tokens.get(index))) {
            return true;
        }
        Token previous = index > 0 ? tokens.get(index - 1) : null;
        return (previous == null || !NOUN_MODIFIERS.contains(previous.lower()))
                && (next == null || !NOT_A_VERB_AFTER.contains(next.lower()));
    }

    /**
     * "fortalte min mor om et spedbarn", "Microsoft announced a new chat tool": a verb that names a topic or a thing
     * and introduces no statement (no "at"/"that", colon or quotation after it) reports nothing to check. A verb
     * after a clause mark (", sier han om saken", ", slik Aftenposten skrev om") has its statement before it.
     */
    private boolean speaksOfATopicOnly(Found found, int verb) {
        List<Token> tokens = found.tokens;
        if (found.firstClauseMark < verb) {
            return false;
        }
        for (int i = verb + 1; i < Math.min(tokens.size(), verb + 1 + TOPIC_WINDOW); i++) {
            if (TOPIC_PREPOSITIONS.contains(tokens.get(i).lower())) {
                // A quotation after "om" names a title ("forteller om «Resistance 2»"); only a clause is a statement.
                return !introducesClauseAfter(tokens, verb);
            }
        }
        return found.lastStatementOpener < verb && lexicon.contains("announcing-verbs", tokens.get(verb));
    }

    private boolean introducesClauseAfter(List<Token> tokens, int verb) {
        for (int i = verb + 1; i < tokens.size(); i++) {
            if (tokens.get(i).is(":") || lexicon.contains("complementizers", tokens.get(i))) {
                return true;
            }
        }
        return false;
    }

    private boolean isNegated(List<Token> tokens, int index) {
        for (int j = Math.max(0, index - 2); j < index; j++) {
            Token token = tokens.get(j);
            if (lexicon.contains("negations", token) || token.lower().endsWith("n't") || token.is("aldri")
                    || token.is("never")) {
                return true;
            }
        }
        return false;
    }

    private void attachVerb(Found found, int verb, int afterVerb) {
        int groupStart = verbGroupStart(found.tokens, verb);
        Optional<TokenRange> subject = isPassive(found.tokens, verb) ? Optional.empty()
                : subject(found.tokens, groupStart, afterVerb, found.used);
        subject.ifPresent(phrase -> found.add(phrase, Speaker.Role.STATEMENT, verb, afterVerb - verb));
        int searchFrom = subject.filter(phrase -> phrase.from() >= afterVerb).map(TokenRange::to).orElse(afterVerb);
        findRecipient(found, verb, searchFrom);
        findAgent(found, afterVerb);
        findSourcesInStatement(found, afterVerb);
    }

    /**
     * "CNN melder at kilder i Romneys stab ikke vil ...", "Reuters reported that diplomatic sources ...": the outlet
     * relays what its sources say, so the sources are the ones quoted.
     */
    private void findSourcesInStatement(Found found, int afterVerb) {
        List<Token> tokens = found.tokens;
        int clause = afterVerb;
        while (clause < tokens.size() && clause - afterVerb < RECIPIENT_WINDOW
                && !lexicon.contains("complementizers", tokens.get(clause))) {
            clause++;
        }
        int complementizer = clause;
        int subject = clause + 1;
        for (int i = subject; i < Math.min(tokens.size(), subject + 2); i++) {
            if (lexicon.contains("source-nouns", tokens.get(i)) && !found.used.get(i)) {
                scanner.forward(tokens, subject)
                        .ifPresent(phrase -> found.add(phrase, Speaker.Role.CITED, complementizer, 1));
                return;
            }
        }
    }

    /** Where the verb group starts: auxiliaries, time words and "to ganger"/"twice" before the verb belong to it. */
    private int verbGroupStart(List<Token> tokens, int verb) {
        int start = verb;
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
     * "er bekreftet død", "was reported", "I'm told": the grammatical subject is what is reported, or who heard it,
     * not who reports it.
     */
    private static boolean isPassive(List<Token> tokens, int verb) {
        if (verb == 0) {
            return false;
        }
        String before = tokens.get(verb - 1).lower().replace('’', '\'');
        return PASSIVE_AUXILIARIES.contains(before) || before.endsWith("'m") || before.endsWith("'re");
    }

    private Optional<TokenRange> subject(List<Token> tokens, int groupStart, int afterVerb, BitSet used) {
        Optional<TokenRange> pronoun = pronounBeside(tokens, groupStart, afterVerb);
        if (pronoun.isPresent()) {
            return pronoun;
        }
        boolean clauseEndBefore = groupStart > 0 && CLAUSE_END_MARKS.contains(tokens.get(groupStart - 1).text());
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
        return words.language() == Language.NB ? after : Optional.empty();
    }

    /** "38 prosent avviste", "12 residents said": a counted group answering a poll or a count is no speaker. */
    private boolean isCounted(List<Token> tokens, TokenRange phrase) {
        int before = phrase.from() - 1;
        return before >= 0 && (tokens.get(before).isNumber() || words.isNumberWord(tokens.get(before)));
    }

    /** ", sier han", "he said": a pronoun right next to the verb is its subject. */
    private Optional<TokenRange> pronounBeside(List<Token> tokens, int groupStart, int afterVerb) {
        if (afterVerb < tokens.size() && words.isPersonalPronoun(tokens.get(afterVerb))
                && (groupStart == 0 || CLAUSE_END_MARKS.contains(tokens.get(groupStart - 1).text()))
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

    private int skipTimeWords(List<Token> tokens, int index) {
        int i = index;
        while (i < tokens.size() && words.isTimeWord(tokens.get(i))) {
            i++;
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

    private void findRecipient(Found found, int verb, int from) {
        List<Token> tokens = found.tokens;
        if (TOLD.contains(tokens.get(verb).lower()) && from == verb + 1) {
            scanner.forward(tokens, from).ifPresent(phrase -> found.add(phrase, Speaker.Role.RECIPIENT, verb, 0));
            return;
        }
        for (int i = from; i < Math.min(tokens.size(), from + RECIPIENT_WINDOW); i++) {
            Token token = tokens.get(i);
            if (CLAUSE_STARTS.contains(token.lower()) || token.is(".")) {
                return;
            }
            if (lexicon.matchAt("recipient-prepositions", tokens, i) == 1 && !found.used.get(i)) {
                int marker = i;
                scanner.forward(tokens, i + 1).ifPresent(phrase -> found.add(phrase, Speaker.Role.RECIPIENT,
                        marker, 1));
                return;
            }
        }
    }

    /** "bekreftet av politiet", "was reported by CNN". */
    private void findAgent(Found found, int afterVerb) {
        List<Token> tokens = found.tokens;
        if (afterVerb < tokens.size() && AGENT_PREPOSITIONS.contains(tokens.get(afterVerb).lower())) {
            scanner.forward(tokens, afterVerb + 1)
                    .ifPresent(phrase -> found.add(phrase, Speaker.Role.STATEMENT, afterVerb, 1));
        }
    }

    private static int indexOf(List<Token> tokens, String word, int from, int to) {
        for (int i = from; i < Math.min(to, tokens.size()); i++) {
            if (tokens.get(i).is(word)) {
                return i;
            }
        }
        return -1;
    }

    /** The speakers found so far in one sentence and the tokens they use. */
    private final class Found {
        private final String text;
        private final List<Token> tokens;
        private final List<Speaker> speakers = new ArrayList<>();
        private final BitSet used = new BitSet();

        /** Where the first clause ends (the size when none does) and the last "at"/"that", colon or quote (or -1). */
        private final int firstClauseMark;
        private final int lastStatementOpener;

        Found(String text, List<Token> tokens) {
            this.text = text;
            this.tokens = tokens;
            int clauseMark = tokens.size();
            int opener = -1;
            for (int i = 0; i < tokens.size(); i++) {
                String word = tokens.get(i).lower();
                clauseMark = CLAUSE_END_MARKS.contains(word) ? Math.min(clauseMark, i) : clauseMark;
                boolean opens = STATEMENT_MARKS.contains(word) || lexicon.contains("complementizers", tokens.get(i));
                opener = opens ? i : opener;
            }
            this.firstClauseMark = clauseMark;
            this.lastStatementOpener = opener;
        }

        void add(TokenRange phrase, Speaker.Role role, int marker, int markerLength) {
            if (phrase.isEmpty() || used.get(phrase.from(), phrase.to()).cardinality() > 0) {
                return;
            }
            used.set(marker, marker + markerLength);
            used.set(phrase.from(), phrase.to());
            speakers.add(names.name(text, tokens, phrase, role));
        }
    }
}
