package no.newsroom.claims.extraction;

import java.util.List;
import java.util.Optional;
import java.util.Set;
/**
 * Finds who a sentence attributes its statement to: "ifølge X"/"according to X", "X sier/said", ", sier X",
 * "til NTB"/"told CNN" (the outlet that heard it), "citing X" (the one quoted), "bekreftet av X"/"by X", an agency's
 * byline or credit. The verbs of saying are read by {@link ReportingVerbs}.
 */
final class AttributionDetector {

    private static final int MAX_DATELINE_WORDS = 3;
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
        findInterviews(found);
        reportingVerbs.find(found);
        return new Attribution(found.speakers, hedges.isHedged(tokens), found.used);
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
    private void findByline(FoundSpeakers found) {
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
