package no.newsroom.claims.extraction;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Finds the verbs of saying in a sentence ("sier", "melder", "said", "told") that report a statement rather than
 * name a topic ("fortalte om et spedbarn") or a thing ("announced a new tool"), and the speakers tied to each: its
 * subject, who heard it ("til NTB", "told CNN"), the agent of a passive ("bekreftet av politiet") and the sources an
 * outlet relays ("CNN melder at kilder i staben ...").
 */
final class ReportingVerbs {

    private static final Set<String> CLAUSE_STARTS = Set.of("at", "that");
    private static final Set<String> NOUN_MODIFIERS = Set.of("unverified", "unconfirmed", "conflicting", "media",
            "news", "these", "those", "such", "similar", "initial", "earlier", "recent", "local", "further", "the",
            "a", "an", "of", "are", "were", "there");
    private static final Set<String> NOT_A_VERB_AFTER = Set.of("of", "about", "from", "suggest", "say", "said",
            "says", "indicate", "to");
    private static final Set<String> AGENT_PREPOSITIONS = Set.of("av", "by");
    private static final Set<String> TOLD = Set.of("told", "tells", "tell");
    private static final Set<String> OUTLET_PREPOSITIONS = Set.of("i", "in");
    private static final Set<String> STATING_VERBS_WITH_TO = Set.of("said", "says", "confirmed", "confirms",
            "stated", "admitted", "denied", "wrote", "reported");
    private static final int CLAUSE_WINDOW = 6;
    private static final int YEAR_DIGITS = 4;
    private static final Set<String> PASSIVE_MARKERS = Set.of("was", "were", "is", "are", "be", "been", "being",
            "get", "gets", "got", "ble", "blir", "blitt");
    private static final Set<String> VERB_GROUP_WORDS = Stream.concat(PASSIVE_MARKERS.stream(),
            Stream.of("has", "have", "had", "er", "var", "har", "hadde")).collect(Collectors.toUnmodifiableSet());
    private static final Set<String> RELATIVE_PRONOUNS = Set.of("that", "which", "som");
    private static final Set<String> IRREGULAR_PARTICIPLES = Set.of("told", "said", "written", "shown");
    private static final Set<String> MAIN_VERBS_AFTER_MODIFIER = Set.of("was", "were", "is", "are", "has", "have",
            "had", "will", "would", "rose", "fell");
    /** "told us", "tells its own story": pronouns that end like a verb in the third person. */
    private static final Set<String> ENGLISH_PRONOUNS_IN_S = Set.of("us", "its", "his", "hers", "ours", "yours",
            "theirs", "this", "whose");
    private static final Set<String> ARTICLES_AND_JOINS = Set.of("the", "a", "an", "en", "et", "ei", "and", "og");
    /** "et" is an article; "skrevet", "meldte" are verbs. */
    private static final int MIN_PAST_TENSE_LENGTH = 3;
    /** Far enough for a speaker's position between the verb and "til": "sier X, leder for Y ved Z, til BT.no". */
    private static final int RECIPIENT_WINDOW = 14;
    // "of" names a topic only right after the verb ("told of"); further on it belongs to an object ("a loss of").
    private static final Set<String> TOPIC_PREPOSITIONS = Set.of("om", "about");
    /** Far enough for an object and a place before the topic: "skrev en kronikk i Aftenposten om skolen". */
    private static final int TOPIC_WINDOW = 7;
    /**
     * English leaves out "that" ("told reporters about the crash the road was closed"), so a topic further from the
     * verb may still have a statement after it.
     */
    private static final int TOPIC_WINDOW_WITHOUT_COMPLEMENTIZER = 3;

    private final WordClasses words;
    private final Lexicon lexicon;
    private final PhraseScanner scanner;
    private final VerbSubjects subjects;
    private final int topicWindow;

    ReportingVerbs(WordClasses words, PhraseScanner scanner) {
        this.words = words;
        this.lexicon = words.lexicon();
        this.scanner = scanner;
        this.subjects = new VerbSubjects(words, scanner);
        this.topicWindow = words.language() == Language.NB ? TOPIC_WINDOW : TOPIC_WINDOW_WITHOUT_COMPLEMENTIZER;
    }

    void find(FoundSpeakers found) {
        for (int i = 0; i < found.tokens.size(); i++) {
            int length = Math.max(lexicon.matchAt("reporting-verbs", found.tokens, i),
                    infinitiveAfterModal(found.tokens, i));
            if (length > 0 && !found.used.get(i) && isReportingUse(found, i)
                    && (length > 1 || !isOnlyReportingWhenInverted(found.tokens, i))) {
                found.used.set(i, i + length);
                int modal = subjects.modalBefore(found.tokens, i);
                if (modal >= 0) {
                    // The modal belongs to the verb of saying: "kan bekrefte at" states, it does not speculate.
                    found.used.set(modal, i);
                }
                attachVerb(found, i, i + length);
            }
        }
    }

    /** "kunne fortelle at", "kan også bekrefte at": the infinitive of a verb of saying after a modal. */
    private int infinitiveAfterModal(List<Token> tokens, int i) {
        int length = lexicon.matchAt("reporting-infinitives", tokens, i);
        return length > 0 && subjects.modalBefore(tokens, i) >= 0 ? length : 0;
    }

    /**
     * ", viser nye tall fra SSB" and "I Bergen viser nye tall at ..." report a finding; "Bildet viser ..." and
     * "viser seg" describe.
     */
    private boolean isOnlyReportingWhenInverted(List<Token> tokens, int verb) {
        int groupStart = subjects.verbGroupStart(tokens, verb);
        boolean inverted = groupStart > 0 && FoundSpeakers.CLAUSE_END_MARKS.contains(tokens.get(groupStart - 1).text());
        return lexicon.contains("inverted-reporting-verbs", tokens.get(verb)) && !inverted
                && !hasSubjectBeforeClause(tokens, verb);
    }

    /** After a fronted phrase the subject stands between the verb and its clause: "I fjor viste tall fra SSB at". */
    private boolean hasSubjectBeforeClause(List<Token> tokens, int verb) {
        if (verb == 0) {
            return false;
        }
        for (int i = verb + 2; i < Math.min(tokens.size(), verb + 1 + CLAUSE_WINDOW); i++) {
            if (tokens.get(i).isPunctuation()) {
                return false;
            }
            if (lexicon.contains("complementizers", tokens.get(i))) {
                return true;
            }
        }
        return false;
    }

    private boolean isReportingUse(FoundSpeakers found, int index) {
        List<Token> tokens = found.tokens;
        if (isNegated(tokens, index)) {
            return false;
        }
        Token next = index + 1 < tokens.size() ? tokens.get(index + 1) : null;
        // "meldt seg", "viste seg": a reflexive verb volunteers or turns out; it reports nobody's statement. With
        // "opp" it is another verb: "sagt opp 120 ansatte" dismisses them, "skrev opp" notes down.
        if (next != null && (next.is("to") && !namesRecipient(tokens, index + 1) || next.is("å") || next.is("seg")
                || next.is("opp"))) {
            return false;
        }
        // "meldt fra til Arbeidstilsynet", "sa fra til kommunen": to speak up or notify; only "fra om at" reports.
        if (next != null && next.is("fra") && !introducesClauseAfter(tokens, index)) {
            return false;
        }
        if (speaksOfATopicOnly(found, index) || answersTheStatementBefore(tokens, index)) {
            return false;
        }
        if ((isPassiveInRelativeClause(tokens, index) || modifiesNounBefore(tokens, index))
                && !introducesClauseAfter(tokens, index)) {
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
     * "stories that get posted", "the figures which were reported", "saker som blir meldt": a passive in a relative
     * clause describes its noun; nobody states anything in it.
     */
    private boolean isPassiveInRelativeClause(List<Token> tokens, int verb) {
        int start = verb;
        boolean passive = false;
        while (start > 0 && VERB_GROUP_WORDS.contains(tokens.get(start - 1).lower())) {
            passive |= PASSIVE_MARKERS.contains(tokens.get(start - 1).lower());
            start--;
        }
        return passive && start > 0 && RELATIVE_PRONOUNS.contains(tokens.get(start - 1).lower());
    }

    /**
     * "the category reported by the respondent was used", "the figures reported last year were revised": a
     * participle right after a noun, followed by its agent or a time and then the sentence's own verb, modifies the
     * noun; it does not say who states the sentence.
     */
    private boolean modifiesNounBefore(List<Token> tokens, int verb) {
        Token participle = tokens.get(verb);
        if (words.language() != Language.EN || verb == 0 || verb + 1 >= tokens.size()
                || !participle.lower().endsWith("ed") && !IRREGULAR_PARTICIPLES.contains(participle.lower())) {
            return false;
        }
        Token noun = tokens.get(verb - 1);
        Token next = tokens.get(verb + 1);
        // "Cases reported by hospitals rose": the sentence's first word is capitalised whatever it is.
        boolean afterNoun = (!noun.isCapitalized() || verb == 1) && words.isPhraseWord(noun)
                && !words.isPersonalPronoun(noun) && !VerbSubjects.isAuxiliary(noun);
        if (!afterNoun || !next.is("by") && !words.isTimeWord(next)) {
            return false;
        }
        for (int i = verb + 2; i < tokens.size() && !tokens.get(i).isPunctuation(); i++) {
            if (MAIN_VERBS_AFTER_MODIFIER.contains(tokens.get(i).lower())) {
                return true;
            }
        }
        return false;
    }

    /**
     * "confirmed to the BBC", "said to Reuters": after a verb that states, "to" before a name or an article names who
     * heard it. After "explained to", "tweeted to" what follows is often no statement.
     */
    private boolean namesRecipient(List<Token> tokens, int to) {
        return STATING_VERBS_WITH_TO.contains(tokens.get(to - 1).lower()) && to + 1 < tokens.size()
                && (tokens.get(to + 1).isCapitalized() || tokens.get(to + 1).is("the"));
    }

    /**
     * "fortalte min mor om et spedbarn", "Microsoft announced a new chat tool": a verb that names a topic or a thing
     * and introduces no statement (no "at"/"that", colon or quotation after it) reports nothing to check. A verb
     * after a clause mark (", sier han om saken", ", slik Aftenposten skrev om") has its statement before it.
     */
    private boolean speaksOfATopicOnly(FoundSpeakers found, int verb) {
        List<Token> tokens = found.tokens;
        if (found.firstClauseMark < verb) {
            return false;
        }
        for (int i = verb + 1; i < Math.min(tokens.size(), verb + 1 + topicWindow); i++) {
            Token token = tokens.get(i);
            // "said 19 of the 24 regions were hit": a number before "of" counts a part of a whole, it names no topic.
            if (token.isPunctuation() || token.isNumber() || words.isNumberWord(token)
                    || lexicon.contains("complementizers", token)) {
                break;
            }
            if (lexicon.contains("question-words", token)) {
                // "forteller Kyte hva de voksne har sagt", "described how the show began": what was told, not a claim.
                return true;
            }
            if (TOPIC_PREPOSITIONS.contains(token.lower()) || i == verb + 1 && token.is("of")) {
                // A quotation after "om" names a title ("forteller om «Resistance 2»"); only a clause is a statement.
                return !introducesClauseAfter(tokens, verb);
            }
        }
        return found.lastStatementOpener < verb && (lexicon.contains("announcing-verbs", tokens.get(verb))
                || lexicon.contains("narrating-verbs", tokens.get(verb)) && !hasClauseOrFigureAfter(tokens, verb));
    }

    /**
     * "fortalte historien sin til VG", "wrote an article for The Times": after a verb of telling, an object with no
     * verb or number of its own names what was told, not a statement. "sier han har solgt", "said the fire killed
     * three" leave out "at"/"that" but have a finite verb; a word that might be one ("har", "hytter", "reports")
     * counts. A verb of writing makes what it counts ("wrote three novels", "skrev 40 sanger"), so only a verb
     * makes it report; a year ("skrev boka i 1998") dates the verb, and a verb after a subordinator ("wrote the
     * book before she turned 30") belongs to that clause.
     */
    private boolean hasClauseOrFigureAfter(List<Token> tokens, int verb) {
        boolean writing = lexicon.contains("writing-verbs", tokens.get(verb));
        for (int i = verb + 1; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (token.is(":") || lexicon.contains("complementizers", token)) {
                return true;
            }
            if (writing && lexicon.contains("subordinators", token)) {
                return introducesClauseAfter(tokens, i);
            }
            boolean figure = (token.isNumber() || words.isNumberWord(token)) && !writing && !isYear(tokens, i);
            // "skrev brevet", "wrote letters": right after a verb of writing stands its object, not a verb.
            boolean object = writing && i == verb + 1;
            if (figure || !object && !token.isCapitalized() && mightBeFinite(token) && !isNounAfter(tokens, i)) {
                return true;
            }
        }
        return false;
    }

    /** "i 1998", "in 2010": a four-digit number after a preposition of time dates an event; it counts nothing. */
    private boolean isYear(List<Token> tokens, int index) {
        return index > 0 && tokens.get(index).isNumber() && tokens.get(index).text().length() == YEAR_DIGITS
                && lexicon.contains("year-prepositions", tokens.get(index - 1));
    }

    /**
     * "wrote the songs", "three novels", "skriver dikt og noveller": a word right after an article or a number is a
     * noun, and so is the word that "og"/"and" joins to an object; a finite verb of a clause without "at"/"that"
     * follows its subject.
     */
    private boolean isNounAfter(List<Token> tokens, int index) {
        Token before = tokens.get(index - 1);
        return ARTICLES_AND_JOINS.contains(before.lower()) || before.isNumber() || words.isNumberWord(before);
    }

    private boolean mightBeFinite(Token token) {
        String word = token.lower();
        boolean ending = words.language() == Language.NB ? words.hasFiniteVerbEnding(token) || word.endsWith("r")
                || word.endsWith("et") && word.length() > MIN_PAST_TENSE_LENGTH
                : word.endsWith("ed") || word.endsWith("s") && !ENGLISH_PRONOUNS_IN_S.contains(word);
        return ending || lexicon.contains("past-tense-verbs", token) || lexicon.contains("present-tense-verbs", token);
    }

    /**
     * "..., men Det hvite hus benekter dette.", "..., which the ministry denied that": a verb whose object points back
     * to the statement before it answers that statement; who made the statement is someone else.
     */
    private boolean answersTheStatementBefore(List<Token> tokens, int verb) {
        int object = verb + 1;
        return verb > 0 && object + 1 < tokens.size() && lexicon.contains("statement-references", tokens.get(object))
                && tokens.get(object + 1).isPunctuation();
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

    private void attachVerb(FoundSpeakers found, int verb, int afterVerb) {
        int groupStart = subjects.verbGroupStart(found.tokens, verb);
        Optional<TokenRange> subject = VerbSubjects.isPassive(found.tokens, verb) ? Optional.empty()
                : subjects.subject(found.tokens, groupStart, afterVerb, found.used);
        if (subject.isEmpty() && !VerbSubjects.isPassive(found.tokens, verb)) {
            subject = subjectOfJoinedVerb(found.tokens, groupStart);
        }
        subject.ifPresent(phrase -> found.add(phrase, Speaker.Role.STATEMENT, verb, afterVerb - verb));
        int searchFrom = subject.filter(phrase -> phrase.from() >= afterVerb).map(TokenRange::to).orElse(afterVerb);
        findFrontedRecipient(found, groupStart);
        findRecipient(found, verb, searchFrom);
        findAgent(found, afterVerb);
        findSourcesInStatement(found, afterVerb);
    }

    /**
     * "Police accused the driver of speeding and said he had been drinking", "Politiet rykket ut og sa at ...": a verb
     * joined by "and"/"og" to the sentence's first verb shares its subject, the phrase the sentence opens with.
     */
    private Optional<TokenRange> subjectOfJoinedVerb(List<Token> tokens, int groupStart) {
        int join = groupStart - 1;
        boolean joined = groupStart >= 2 && (tokens.get(join).is("and") || tokens.get(join).is("og"));
        if (!joined || opensClauseBefore(tokens, join)) {
            return Optional.empty();
        }
        if (words.isPersonalPronoun(tokens.get(0))) {
            return Optional.of(new TokenRange(0, 1));
        }
        // "In a statement, the mayor ...": a phrase set off by a comma is an opening adverbial, not the subject.
        return scanner.forward(tokens, 0)
                .filter(phrase -> phrase.to() < groupStart - 1 && !tokens.get(phrase.to()).isPunctuation())
                .map(phrase -> beforeFirstVerb(tokens, phrase));
    }

    /** "Lite hjelper det at X står ... og hevder": after a comma or a conjunction the joined verb is that clause's. */
    private boolean opensClauseBefore(List<Token> tokens, int join) {
        for (int i = 0; i < join; i++) {
            Token token = tokens.get(i);
            if (token.isPunctuation() || lexicon.contains("complementizers", token)
                    || lexicon.contains("subordinators", token)) {
                return true;
            }
        }
        return false;
    }

    /** "Police arrived", "Politiet rykket": a phrase read from the sentence's start may run on into its verb. */
    private TokenRange beforeFirstVerb(List<Token> tokens, TokenRange phrase) {
        for (int i = phrase.from() + 1; i < phrase.to(); i++) {
            if (!tokens.get(i).isCapitalized() && mightBeFinite(tokens.get(i))) {
                return new TokenRange(phrase.from(), i);
            }
        }
        return phrase;
    }

    /**
     * "CNN melder at kilder i Romneys stab ikke vil ...", "Reuters reported that diplomatic sources ...": the outlet
     * relays what its sources say, so the sources are the ones quoted.
     */
    private void findSourcesInStatement(FoundSpeakers found, int afterVerb) {
        List<Token> tokens = found.tokens;
        int clause = afterVerb;
        while (clause < tokens.size() && clause - afterVerb < CLAUSE_WINDOW
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

    private void findRecipient(FoundSpeakers found, int verb, int from) {
        List<Token> tokens = found.tokens;
        if (TOLD.contains(tokens.get(verb).lower()) && from == verb + 1) {
            scanner.forward(tokens, from).ifPresent(phrase -> found.add(phrase, Speaker.Role.RECIPIENT, verb, 0));
            return;
        }
        if (from == verb + 1 && tokens.get(from).is("to") && namesRecipient(tokens, from)) {
            scanner.forward(tokens, from + 1).ifPresent(phrase -> found.add(phrase, Speaker.Role.RECIPIENT, from, 1));
            return;
        }
        for (int i = from; i < Math.min(tokens.size(), from + RECIPIENT_WINDOW); i++) {
            Token token = tokens.get(i);
            if (CLAUSE_STARTS.contains(token.lower()) || token.is(".")) {
                return;
            }
            if (OUTLET_PREPOSITIONS.contains(token.lower()) && !found.used.get(i) && addedOutlet(found, i)) {
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

    /** "skriver Olsen i Aftenposten", "wrote in The Guardian": the outlet that printed the statement relays it. */
    private boolean addedOutlet(FoundSpeakers found, int preposition) {
        return scanner.forward(found.tokens, preposition + 1)
                .map(phrase -> found.addOutlet(phrase, Speaker.Role.RECIPIENT, preposition, 1)).orElse(false);
    }

    /** "Til VG sier hun at ...": the one who heard it, put first, right before the verb. */
    private void findFrontedRecipient(FoundSpeakers found, int groupStart) {
        List<Token> tokens = found.tokens;
        scanner.backward(tokens, groupStart).filter(phrase -> phrase.from() > 0).ifPresent(phrase -> {
            int marker = phrase.from() - 1;
            boolean opensClause = marker == 0 || tokens.get(marker - 1).isPunctuation();
            if (opensClause && lexicon.matchAt("recipient-prepositions", tokens, marker) == 1) {
                found.add(phrase, Speaker.Role.RECIPIENT, marker, 1);
            }
        });
    }

    /** "bekreftet av politiet", "was reported by CNN". */
    private void findAgent(FoundSpeakers found, int afterVerb) {
        List<Token> tokens = found.tokens;
        if (afterVerb < tokens.size() && AGENT_PREPOSITIONS.contains(tokens.get(afterVerb).lower())) {
            scanner.forward(tokens, afterVerb + 1)
                    .ifPresent(phrase -> found.add(phrase, Speaker.Role.STATEMENT, afterVerb, 1));
        }
    }
}
