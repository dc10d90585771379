package no.newsroom.claims.extraction;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds who a sentence attributes its statement to: "ifølge X"/"according to X", "X sier/said", ", sier X",
 * "til NTB"/"told CNN" (the outlet that heard it), "citing X" (the one quoted), "bekreftet av X"/"by X", an agency's
 * byline or credit. The verbs of saying are read by {@link ReportingVerbs}.
 */
final class AttributionDetector {

    /** "LONDON, March 3", "Oslo, 3. mars": a place and a date before the agency. */
    private static final int MAX_DATELINE_TOKENS = 7;
    private static final int MAX_JOINT_AGENCIES = 3;
    private static final Pattern JOINT_AGENCY_SEPARATOR = Pattern.compile("[-/,]");
    private static final Set<String> BYLINE_ENDS = Set.of(":", "-", "–", "—");
    private static final int KNOWN_BY_WINDOW = 10;
    private static final int MIN_PAST_TENSE_LENGTH = 4;

    private final WordClasses words;
    private final Lexicon lexicon;
    private final PhraseScanner scanner;
    private final SpeakerNames names;
    private final HedgeDetector hedges;
    private final ReportingVerbs reportingVerbs;

    AttributionDetector(WordClasses words) {
        this.words = words;
        this.lexicon = words.lexicon();
        this.scanner = new PhraseScanner(words);
        this.names = new SpeakerNames(words, scanner);
        this.hedges = new HedgeDetector(words);
        this.reportingVerbs = new ReportingVerbs(words, scanner);
    }

    HedgeDetector hedges() {
        return hedges;
    }

    Attribution detect(String text, List<Token> tokens) {
        FoundSpeakers found = new FoundSpeakers(text, tokens, lexicon, names);
        findByline(found);
        findCredit(found);
        findPrepositional(found);
        findKnownBy(found);
        findCiting(found);
        findQuotedBy(found);
        findInterviews(found);
        reportingVerbs.find(found);
        found.speakers.replaceAll(speaker -> antecedentInSentence(found, speaker).orElse(speaker));
        return new Attribution(found.speakers, hedges.isHedged(tokens), found.used);
    }

    /**
     * "Scientology officials went to the station where they claimed ...": a pronoun that says it later in the
     * sentence stands for the subject the sentence opened with, a group for "they"/"de", a person for "he"/"hun".
     */
    private Optional<Speaker> antecedentInSentence(FoundSpeakers found, Speaker pronoun) {
        if (!pronoun.anaphoric() || pronoun.outlet() || pronoun.role() != Speaker.Role.STATEMENT) {
            return Optional.empty();
        }
        List<Token> tokens = found.tokens;
        if (!opensLaterClause(tokens, pronoun.position())) {
            return Optional.empty();
        }
        int subjectStart = afterFrontedPhrase(tokens, pronoun.position());
        return scanner.forward(tokens, subjectStart)
                .filter(phrase -> phrase.to() < pronoun.position()
                        && !words.isPersonalPronoun(tokens.get(phrase.from())))
                .flatMap(phrase -> pronoun.plural() ? group(tokens, phrase) : person(tokens, phrase))
                .map(phrase -> names.name(found.text, tokens, phrase, pronoun.role()))
                .filter(named -> named.text() != null && !named.outlet())
                .map(named -> new Speaker(named.text(), false, false, pronoun.role(), pronoun.position(),
                        pronoun.plural()));
    }

    /** "where they claimed", "og de opplyste": the pronoun opens a clause joined to the sentence's first one. */
    private boolean opensLaterClause(List<Token> tokens, int pronoun) {
        if (pronoun < 2) {
            return false;
        }
        Token before = tokens.get(pronoun - 1);
        return before.is("and") || before.is("og") || lexicon.contains("subordinators", before);
    }

    /** "On September 29, officials went ...": the subject follows an opening adverbial and its comma. */
    private int afterFrontedPhrase(List<Token> tokens, int before) {
        Token first = tokens.get(0);
        boolean adverbial = lexicon.contains("stop-words", first) || words.isPhrasePreposition(first)
                || words.isTimeWord(first);
        for (int i = 1; adverbial && i < before; i++) {
            if (tokens.get(i).is(",")) {
                return i + 1;
            }
        }
        return 0;
    }

    /**
     * "officials went" → "officials", "Zay and Zayion": the phrase up to its first plural noun, or names joined by
     * "and". English verbs without an ending ("went") may run on in the phrase.
     */
    private Optional<TokenRange> group(List<Token> tokens, TokenRange phrase) {
        for (int i = phrase.from(); i < phrase.to(); i++) {
            boolean joinedNames = (tokens.get(i).is("and") || tokens.get(i).is("og")) && i > phrase.from()
                    && i + 1 < phrase.to() && tokens.get(i + 1).isCapitalized();
            if (joinedNames) {
                return Optional.of(new TokenRange(phrase.from(), capitalisedRunEnd(tokens, i + 1, phrase.to())));
            }
            if (isPlural(tokens.get(i))) {
                return Optional.of(new TokenRange(phrase.from(), i + 1));
            }
        }
        return Optional.empty();
    }

    private boolean isPlural(Token token) {
        String word = token.lower();
        if (words.language() == Language.NB) {
            return word.endsWith("er") || word.endsWith("ene") || word.endsWith("re");
        }
        return word.endsWith("s") && !word.endsWith("ss") || lexicon.contains("nominalized-plurals", token);
    }

    /** "Jane Doe went" → "Jane Doe": the person's name that opens the phrase. */
    private Optional<TokenRange> person(List<Token> tokens, TokenRange phrase) {
        TokenRange name = new TokenRange(phrase.from(), capitalisedRunEnd(tokens, phrase.from(), phrase.to()));
        return !name.isEmpty() && scanner.isPersonName(tokens, name) ? Optional.of(name) : Optional.empty();
    }

    private static int capitalisedRunEnd(List<Token> tokens, int from, int to) {
        int end = from;
        while (end < to && tokens.get(end).isCapitalized()) {
            end++;
        }
        return end;
    }

    private void findPrepositional(FoundSpeakers found) {
        for (int i = 0; i < found.tokens.size(); i++) {
            int length = lexicon.matchAt("attribution-prepositions", found.tokens, i);
            if (length > 0) {
                int marker = i;
                boolean insideVerbGroup = i > 0 && VerbSubjects.isAuxiliary(found.tokens.get(i - 1));
                boolean fronted = i == 0;
                int after = i + length;
                scanner.forward(found.tokens, after, insideVerbGroup).or(() -> platformOrigin(found.tokens, after))
                        .map(phrase -> fronted ? beforeInvertedVerb(found.tokens, phrase) : phrase)
                        .filter(phrase -> !namesRuleOrMeasure(found.tokens, phrase))
                        .ifPresent(phrase -> found.add(phrase, Speaker.Role.STATEMENT, marker, length));
            }
        }
    }

    /**
     * "ifølge loven skal", "organized according to the West European system", "weighted according to population":
     * a rule, a plan or a measure says how something is done or ought to be; it is nobody's statement of a fact.
     * In English the head decides, the last word before a preposition ("the rules of the game"; "law enforcement
     * officials" are people); in Norwegian, where the head comes first, any word before one ("reglene for opptak").
     */
    private boolean namesRuleOrMeasure(List<Token> tokens, TokenRange phrase) {
        if (words.language() == Language.EN) {
            return lexicon.contains("rule-sources", tokens.get(englishHead(tokens, phrase)));
        }
        for (int i = phrase.from(); i < phrase.to() && !words.isPhrasePreposition(tokens.get(i)); i++) {
            if (lexicon.contains("rule-sources", tokens.get(i))) {
                return true;
            }
        }
        return false;
    }

    private int englishHead(List<Token> tokens, TokenRange phrase) {
        int head = phrase.from();
        while (head + 1 < phrase.to() && !words.isPhrasePreposition(tokens.get(head + 1))) {
            head++;
        }
        return head;
    }

    /**
     * "ifølge en pressemelding fra Equinor", "according to a statement from the ministry": who issued it;
     * "ifølge nettstedet Meduza": the site named.
     */
    private Optional<TokenRange> platformOrigin(List<Token> tokens, int index) {
        int platform = index;
        while (platform < tokens.size() && words.isDeterminer(tokens.get(platform))) {
            platform++;
        }
        int origin = platform + lexicon.matchAt("platforms", tokens, platform);
        boolean namedSite = origin > platform && origin < tokens.size() && tokens.get(origin).isCapitalized()
                && lexicon.matchAt("outlet-descriptors", tokens, platform) > 0;
        if (namedSite) {
            // "ifølge nettstedet Dagbladet.no": the site word describes the name after it.
            return scanner.forward(tokens, origin);
        }
        if (origin == platform || origin + 1 >= tokens.size()
                || !lexicon.contains("report-origins", tokens.get(origin))) {
            return Optional.empty();
        }
        return scanner.forward(tokens, origin + 1);
    }

    /**
     * "Oslo (NTB):", "(Reuters) –", "LONDON, March 3 (Reuters) -": the agency that carries the report, named before its
     * first sentence after a place and a date. A joint byline ("(NTB-AFP):", "(NTB/Reuters):") names first the agency
     * that wrote and sent the text from the other's material; that one relays the statement.
     */
    private void findByline(FoundSpeakers found) {
        List<Token> tokens = found.tokens;
        int open = 0;
        while (open < tokens.size() && open < MAX_DATELINE_TOKENS && isDatelineToken(tokens.get(open))) {
            open++;
        }
        int close = open + 2;
        while (close < tokens.size() && close - open <= MAX_JOINT_AGENCIES * 2 && !tokens.get(close).is(")")) {
            close++;
        }
        if (close + 1 >= tokens.size() || !tokens.get(open).is("(") || !tokens.get(close).is(")")
                || !BYLINE_ENDS.contains(tokens.get(close + 1).text())) {
            return;
        }
        Speaker speaker = names.name(found.text, tokens, new TokenRange(open + 1, close), Speaker.Role.BYLINE);
        Optional<Speaker> agency = speaker.outlet() ? Optional.of(speaker)
                : firstOfJointAgencies(found, open + 1, close);
        if (agency.isPresent()) {
            found.used.set(0, close + 2);
            found.speakers.add(agency.get());
        }
    }

    /** A place, a comma and a date: "LONDON, March 3", "OSLO", "Oslo, 3. mars". */
    private boolean isDatelineToken(Token token) {
        return token.isCapitalized() || token.isNumber() || token.is(",") || token.is(".")
                || lexicon.contains("months", token);
    }

    /** "NTB-AFP", "NTB/Reuters", "AP, AFP": every part is a known agency, and the first one is named. */
    private Optional<Speaker> firstOfJointAgencies(FoundSpeakers found, int from, int to) {
        List<String> parts = JOINT_AGENCY_SEPARATOR.splitAsStream(new TokenRange(from, to).text(found.text,
                found.tokens)).map(String::strip).toList();
        if (parts.size() < 2 || !parts.stream().allMatch(Lexicon::isKnownOutlet)) {
            return Optional.empty();
        }
        return Optional.of(new Speaker(parts.get(0), true, false, Speaker.Role.BYLINE, from));
    }

    /** "... — The Canadian Press, 15 August 2008": an outlet credited after a dash at the end carries the text. */
    private void findCredit(FoundSpeakers found) {
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
     * "Ifølge CNN leder nå Obama", "I et intervju med NRK fortalte han": after a fronted "ifølge X" or "i et intervju
     * med X" the finite verb comes next, so
     * a lower-case word with a verb ending right after the name is that verb, not a noun of the name ("Ifølge Oslo
     * universitetssykehus er" keeps its noun).
     */
    private TokenRange beforeInvertedVerb(List<Token> tokens, TokenRange phrase) {
        if (words.language() != Language.NB) {
            return phrase;
        }
        for (int i = phrase.from() + 1; i < phrase.to(); i++) {
            Token token = tokens.get(i);
            Token before = tokens.get(i - 1);
            boolean afterName = before.isCapitalized() && !words.isGenitive(before) && !words.isDeterminer(before);
            if (afterName && !token.isCapitalized() && (words.hasFiniteVerbEnding(token) || isPastTense(token))) {
                return new TokenRange(phrase.from(), i);
            }
        }
        return phrase;
    }

    /** "kostet", "økte": the weak past tense; right after a name it is the verb, not a noun of the name. */
    private static boolean isPastTense(Token token) {
        return token.lower().endsWith("et") && token.text().length() > MIN_PAST_TENSE_LENGTH;
    }

    /** "etter det NRK kjenner til", "etter hva Aftenposten.no erfarer": the phrase between opener and verb. */
    private void findKnownBy(FoundSpeakers found) {
        List<Token> tokens = found.tokens;
        for (int i = 0; i + 3 < tokens.size(); i++) {
            int opener = lexicon.matchAt("known-by-openers", tokens, i);
            if (opener > 0) {
                int knows = lexicon.find("known-by-verbs", tokens, i + opener, i + KNOWN_BY_WINDOW);
                if (knows > i + opener) {
                    found.add(new TokenRange(i + opener, knows), Speaker.Role.STATEMENT, i, opener);
                    found.used.set(knows, knows + lexicon.matchAt("known-by-verbs", tokens, knows));
                }
            }
        }
    }

    private void findCiting(FoundSpeakers found) {
        for (int i = 0; i < found.tokens.size(); i++) {
            int length = lexicon.matchAt("citing-markers", found.tokens, i);
            if (length > 0) {
                int marker = i;
                scanner.forward(found.tokens, i + length)
                        .ifPresent(phrase -> found.add(phrase, Speaker.Role.CITED, marker, length));
            }
        }
    }

    /**
     * "Smith was quoted by Reuters as saying", "Hansen ble sitert av NTB": the one quoted made the statement, the
     * one quoting passed it on.
     */
    private void findQuotedBy(FoundSpeakers found) {
        List<Token> tokens = found.tokens;
        for (int i = 1; i < tokens.size(); i++) {
            int length = lexicon.matchAt("quoting-markers", tokens, i);
            if (length > 0 && VerbSubjects.isPassive(tokens, i)) {
                int marker = i;
                scanner.forward(tokens, i + length)
                        .ifPresent(phrase -> found.add(phrase, Speaker.Role.RECIPIENT, marker, length));
                scanner.backward(tokens, i - 1)
                        .ifPresent(phrase -> found.add(phrase, Speaker.Role.STATEMENT, marker - 1, 1));
            }
        }
    }

    private void findInterviews(FoundSpeakers found) {
        for (int i = 0; i < found.tokens.size(); i++) {
            int length = lexicon.matchAt("recipient-prepositions", found.tokens, i);
            if (length > 1) {
                int marker = i;
                boolean fronted = i == 0;
                scanner.forward(found.tokens, i + length)
                        .map(phrase -> fronted ? beforeInvertedVerb(found.tokens, phrase) : phrase)
                        .ifPresent(phrase -> found.add(phrase, Speaker.Role.RECIPIENT, marker, length));
            }
        }
    }
}
