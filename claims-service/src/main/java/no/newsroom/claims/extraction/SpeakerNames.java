package no.newsroom.claims.extraction;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Turns the phrase found next to a reporting word into the claimant or source as the annotation rules want it: no
 * leading article unless part of a name ("The New York Times"), no descriptor before a name
 * ("den russiske avisen Izvestija" → "Izvestija"), no title before a name ("President Volodymyr Zelenskyj"), and an
 * unnamed spokesperson replaced by the organisation ("en talsperson for politiet" → "politiet").
 */
final class SpeakerNames {

    private static final int MAX_NAME_TOKENS = 4;
    private static final int FIRST_AND_LAST_NAME = 2;
    private static final Pattern WEB_ADDRESS = Pattern.compile("\\p{Lu}[\\p{L}\\d-]*+(?:\\.\\p{L}{2,3}+)++");
    // Lower-case addresses ("bt.no", "fvn.no") need a known top-level domain, so "f.eks" or "bl.a" never match. The
    // repeated part must give back its last label for the domain to match (possessive, it never could).
    private static final Pattern LOWER_CASE_WEB_ADDRESS = Pattern.compile(
            "[\\p{Ll}\\d][\\p{L}\\d-]*+(?:\\.[\\p{L}\\d-]++)*\\.(?:no|com|net|org|se|dk|fi|uk|de|fr|ru|ua|eu)");
    private static final int MIN_STEM_BEFORE_NEWS_SUFFIX = 3;
    private static final int MIN_ORGANISATION_GENITIVE_ES = 5;
    private static final int MIN_ORGANISATION_GENITIVE_DEFINITE = 8;

    private final WordClasses words;
    private final PhraseScanner scanner;

    SpeakerNames(WordClasses words, PhraseScanner scanner) {
        this.words = words;
        this.scanner = scanner;
    }

    Speaker name(String text, List<Token> tokens, TokenRange phrase, Speaker.Role role) {
        int position = phrase.from();
        if (phrase.size() == 1 && words.isPersonalPronoun(tokens.get(phrase.from()))) {
            boolean plural = words.lexicon().contains("pronoun-plural", tokens.get(phrase.from()));
            return new Speaker(null, false, true, role, position, plural);
        }
        String whole = phrase.text(text, tokens);
        if (Lexicon.isKnownOutletWithArticle(whole) || startsWithThe(tokens, phrase)
                && isNewsName(tokens, new TokenRange(phrase.from() + 1, phrase.to()))) {
            return new Speaker(whole, true, false, role, position);
        }
        TokenRange bare = outletAfterCountry(tokens, withoutDeterminers(tokens, phrase));
        if (isKnownOutletName(tokens, bare)) {
            return new Speaker(bare.text(text, tokens), true, false, role, position);
        }
        Optional<TokenRange> owner = ownerOfReport(tokens, bare);
        if (owner.isPresent()) {
            String name = withoutGenitive(owner.get().text(text, tokens));
            return new Speaker(name, Lexicon.isKnownOutlet(name) || isWebAddress(name), false, role, position);
        }
        if (isReportNoun(tokens, bare)) {
            return reportOrigin(tokens, bare.to()).map(origin -> name(text, tokens, origin, role))
                    .or(() -> reportOutlet(text, tokens, bare.to(), role))
                    .orElseGet(() -> new Speaker(null, false, false, role, position));
        }
        boolean describedAsOutlet = hasOutletDescriptor(tokens, bare);
        if (describedAsOutlet && words.lexicon().matchAt("outlet-descriptors", tokens, bare.from()) == bare.size()) {
            return new Speaker(null, true, true, role, position);
        }
        TokenRange named = spokespersonOrganisation(tokens, bare).orElseGet(() -> personAfterOrganisation(tokens,
                nameAfterTitle(tokens, nameAfterDescriptor(tokens, nameBeforeDescriptor(tokens,
                        personWithoutAffiliation(tokens, bare))))));
        String written = writtenWithoutGenitive(text, tokens, named, bare);
        boolean outlet = describedAsOutlet || Lexicon.isKnownOutlet(written) || isWebAddress(written)
                || isGenericMedia(tokens, named) || isNewsName(tokens, named);
        return new Speaker(written, outlet, false, role, position);
    }

    /** "Germany's Der Spiegel", "Russlands Izvestija": the country an outlet comes from describes it. */
    private TokenRange outletAfterCountry(List<Token> tokens, TokenRange phrase) {
        TokenRange outlet = new TokenRange(phrase.from() + 1, phrase.to());
        boolean genitiveFirst = phrase.size() > 1 && tokens.get(phrase.from()).isCapitalized()
                && words.isGenitive(tokens.get(phrase.from()));
        return genitiveFirst && isKnownOutletName(tokens, outlet) ? outlet : phrase;
    }

    /**
     * "Meldinger sier", "the report says": a report names nobody, unless its noun ends a capitalised name ("the Office
     * for National Statistics").
     */
    private boolean isReportNoun(List<Token> tokens, TokenRange phrase) {
        Token last = tokens.get(phrase.to() - 1);
        boolean endsName = phrase.size() > 1 && last.isCapitalized() && tokens.get(phrase.from()).isCapitalized();
        return words.lexicon().contains("report-nouns", last) && !endsName;
    }

    /**
     * "ifølge SSBs tall", "ifølge VGs opplysninger", "according to the ministry's website": whose figures, knowledge
     * or site it is, named in the genitive before them.
     */
    private Optional<TokenRange> ownerOfReport(List<Token> tokens, TokenRange phrase) {
        int last = phrase.to() - 1;
        boolean reportAfterGenitive = phrase.size() > 1 && words.lexicon().contains("report-nouns", tokens.get(last))
                && words.isGenitive(tokens.get(last - 1));
        if (reportAfterGenitive) {
            return Optional.of(new TokenRange(phrase.from(), last));
        }
        boolean genitiveBeforeReport = words.isGenitive(tokens.get(last)) && phrase.to() < tokens.size()
                && (words.isPlatform(tokens, phrase.to())
                || words.lexicon().contains("report-nouns", tokens.get(phrase.to())));
        return genitiveBeforeReport ? Optional.of(phrase) : Optional.empty();
    }

    /** "SSBs" → "SSB", "politiets" → "politiet", "the ministry's" → "ministry", "Reuters'" → "Reuters". */
    private static String withoutGenitive(String written) {
        if (written.endsWith("'s") || written.endsWith("’s")) {
            return written.substring(0, written.length() - 2);
        }
        if (written.endsWith("'") || written.endsWith("’")) {
            return written.substring(0, written.length() - 1);
        }
        return written.endsWith("s") ? written.substring(0, written.length() - 1) : written;
    }

    /** "nye tall fra Statistisk sentralbyrå", "figures from the ONS": the report names who made it. */
    private Optional<TokenRange> reportOrigin(List<Token> tokens, int afterReport) {
        int origin = afterReport + 1;
        while (origin < tokens.size() && words.isDeterminer(tokens.get(origin))) {
            origin++;
        }
        if (origin >= tokens.size() || !words.lexicon().contains("report-origins", tokens.get(afterReport))
                || !tokens.get(origin).isCapitalized()) {
            return Optional.empty();
        }
        return scanner.forward(tokens, afterReport + 1).map(phrase -> nameOnly(tokens, phrase));
    }

    /** "according to a report in the Guardian", "ifølge en artikkel i Aftenposten": the outlet that printed it. */
    private Optional<Speaker> reportOutlet(String text, List<Token> tokens, int afterReport, Speaker.Role role) {
        if (afterReport >= tokens.size() || !tokens.get(afterReport).is("in") && !tokens.get(afterReport).is("i")) {
            return Optional.empty();
        }
        return scanner.forward(tokens, afterReport + 1).map(origin -> name(text, tokens, origin, role))
                .filter(speaker -> speaker.outlet() && speaker.text() != null);
    }

    /**
     * "tall fra Finansdepartementet koster reformen": after a fronted "ifølge" the verb follows the origin's name, so
     * a lower-case word with a verb ending right after the name ends it ("Statistisk sentralbyrå" keeps its noun).
     */
    private TokenRange nameOnly(List<Token> tokens, TokenRange origin) {
        for (int i = origin.from() + 1; i < origin.to(); i++) {
            Token previous = tokens.get(i - 1);
            if (previous.isCapitalized() && !words.isGenitive(previous) && !tokens.get(i).isCapitalized()
                    && words.hasFiniteVerbEnding(tokens.get(i))) {
                return new TokenRange(origin.from(), i);
            }
        }
        return origin;
    }

    /**
     * "Dagsavisen", "NRK Hordaland", "BBC Radio 4": a known outlet, alone or followed by the capitalised name of one
     * of its editions, channels or programmes. A known name wins over a descriptor it happens to spell.
     */
    private static boolean isKnownOutletName(List<Token> tokens, TokenRange phrase) {
        for (int end = phrase.to(); end > phrase.from(); end--) {
            if (Lexicon.isKnownOutlet(new TokenRange(phrase.from(), end).joinedText(tokens))) {
                return isEditionName(tokens, end, phrase.to());
            }
        }
        return false;
    }

    /** "Sogn og Fjordane", "Radio 4": capitalised words and numbers, joined by "og"/"and" between two of them. */
    private static boolean isEditionName(List<Token> tokens, int from, int to) {
        for (int i = from; i < to; i++) {
            Token token = tokens.get(i);
            boolean connector = (token.is("og") || token.is("and")) && i > from && i + 1 < to;
            if (!token.isCapitalized() && !token.isNumber() && !connector) {
                return false;
            }
        }
        return true;
    }

    /** "Aftenposten.no", "bt.no", "TMZ.com": a news site named by its address. */
    private static boolean isWebAddress(String name) {
        return WEB_ADDRESS.matcher(name).matches() || LOWER_CASE_WEB_ADDRESS.matcher(name).matches();
    }

    /**
     * A name that says it is news, though no list knows it: "LA Weekly", "New Zealand Herald", "VG Nett" end with a
     * word newspapers and channels are named by; "Dagsavisen", "Aftenbladet" are compounds ending like one.
     */
    private boolean isNewsName(List<Token> tokens, TokenRange name) {
        if (name.isEmpty() || !tokens.get(name.from()).isCapitalized()) {
            return false;
        }
        for (int i = name.from(); i < name.to(); i++) {
            if (!tokens.get(i).isCapitalized() && !tokens.get(i).isNumber()) {
                return false;
            }
        }
        Token last = tokens.get(name.to() - 1);
        if (name.size() > 1) {
            return words.lexicon().contains("outlet-name-words", last);
        }
        return words.lexicon().words("outlet-name-suffixes").stream().anyMatch(suffix -> last.lower().endsWith(suffix)
                && last.text().length() >= suffix.length() + MIN_STEM_BEFORE_NEWS_SUFFIX);
    }

    private static boolean startsWithThe(List<Token> tokens, TokenRange phrase) {
        return phrase.size() > 1 && tokens.get(phrase.from()).text().equals("The");
    }

    /**
     * "den russiske avisen" loses its article; "Det hvite hus", capitalised inside a sentence, is a name and keeps
     * it.
     */
    private TokenRange withoutDeterminers(List<Token> tokens, TokenRange phrase) {
        int from = phrase.from();
        while (from < phrase.to() - 1 && words.isDeterminer(tokens.get(from)) && !opensName(tokens, from)) {
            from++;
        }
        return new TokenRange(from, phrase.to());
    }

    private static boolean opensName(List<Token> tokens, int index) {
        return index > 0 && tokens.get(index).isCapitalized() && tokens.get(index - 1).isWord();
    }

    private boolean hasOutletDescriptor(List<Token> tokens, TokenRange phrase) {
        for (int i = phrase.from(); i < phrase.to(); i++) {
            if (words.lexicon().matchAt("outlet-descriptors", tokens, i) > 0) {
                return true;
            }
        }
        return false;
    }

    private boolean isGenericMedia(List<Token> tokens, TokenRange phrase) {
        return words.lexicon().contains("generic-media", tokens.get(phrase.to() - 1))
                || words.lexicon().matchEndingAt("generic-media", tokens, phrase.to()) > 0;
    }

    /** "Yonhap news agency" → "Yonhap": a lower-case descriptor after a name; "Xinhua News Agency" is all name. */
    private TokenRange nameBeforeDescriptor(List<Token> tokens, TokenRange phrase) {
        int nameEnd = phrase.to() - words.lexicon().matchEndingAt("outlet-descriptors", tokens, phrase.to());
        boolean lowerCaseDescriptor = nameEnd < phrase.to() && !tokens.get(nameEnd).isCapitalized();
        return lowerCaseDescriptor && isCapitalisedRun(tokens, new TokenRange(phrase.from(), nameEnd))
                ? new TokenRange(phrase.from(), nameEnd) : phrase;
    }

    /** "Xinhua News Agency", "Korean Central News Agency": an outlet's name ends with a capitalised descriptor. */
    private boolean isNameEndingWithDescriptor(List<Token> tokens, TokenRange phrase) {
        int descriptor = words.lexicon().matchEndingAt("outlet-descriptors", tokens, phrase.to());
        return descriptor > 0 && descriptor < phrase.size() && isCapitalisedRun(tokens, phrase);
    }

    private static boolean isCapitalisedRun(List<Token> tokens, TokenRange range) {
        for (int i = range.from(); i < range.to(); i++) {
            if (!tokens.get(i).isCapitalized()) {
                return false;
            }
        }
        return !range.isEmpty();
    }

    /** "den russiske avisen Izvestija" → "Izvestija": a name right after a lower-case noun is what counts. */
    private TokenRange nameAfterDescriptor(List<Token> tokens, TokenRange phrase) {
        if (isNameEndingWithDescriptor(tokens, phrase)) {
            return phrase;
        }
        int nameStart = phrase.to();
        while (nameStart > phrase.from() && tokens.get(nameStart - 1).isCapitalized()
                && !isDescriptorWord(tokens, nameStart - 1) && phrase.to() - nameStart < MAX_NAME_TOKENS) {
            nameStart--;
            if (isNameConnector(tokens, nameStart - 1, phrase.from())) {
                nameStart--;
            }
        }
        if (nameStart == phrase.from() || nameStart == phrase.to()) {
            return phrase;
        }
        Token before = tokens.get(nameStart - 1);
        TokenRange name = new TokenRange(nameStart, phrase.to());
        boolean capitalizedDescriptor = isDescriptorWord(tokens, nameStart - 1) && before.isCapitalized();
        if (capitalizedDescriptor && isOutletNamedWithDescriptor(tokens, nameStart - 1, phrase)) {
            return new TokenRange(nameStart - 1, phrase.to());
        }
        if (capitalizedDescriptor) {
            return scanner.isPersonName(tokens, name) || hasOutletDescriptor(tokens, phrase) ? name : phrase;
        }
        boolean descriptor = before.isWord() && !before.isCapitalized() && !words.isPhrasePreposition(before)
                && !words.isDeterminer(before)
                && !words.isGenitive(before) && !before.is("og") && !before.is("and");
        return descriptor ? name : phrase;
    }

    /**
     * "skriver Avisa Nordland": a descriptor capitalised inside a sentence, opening the phrase, is the first word of
     * the outlet's name; at the start of a sentence ("Avisen Dagbladet skriver") it may only be capitalised there.
     */
    private boolean isOutletNamedWithDescriptor(List<Token> tokens, int descriptor, TokenRange phrase) {
        return descriptor == phrase.from() && descriptor > 0 && !tokens.get(descriptor - 1).isPunctuation()
                && words.lexicon().matchAt("outlet-descriptors", tokens, descriptor) == 1;
    }

    /** "Council on Foreign Relations": "on" between two capitalised words belongs to the name. */
    private static boolean isNameConnector(List<Token> tokens, int index, int phraseStart) {
        return index > phraseStart && PhraseScanner.NAME_CONNECTORS.contains(tokens.get(index).text())
                && tokens.get(index - 1).isCapitalized();
    }

    /** "Nettstedet Meduza", "Brannsjef Per Hansen": descriptor words keep their role when capitalised. */
    private boolean isDescriptorWord(List<Token> tokens, int index) {
        Token token = tokens.get(index);
        boolean acronym = token.text().equals(token.text().toUpperCase(Locale.ROOT));
        return words.lexicon().matchAt("outlet-descriptors", tokens, index) > 0 || words.isTitle(token) && !acronym;
    }

    /**
     * "informasjonssjef Kari Olsen i Statoil", "professor Ola Nordmann ved Universitetet i Oslo": a person named
     * before the place they work at is the speaker; "Politiet i Kyiv" and "kilder i staben" keep their place.
     */
    private TokenRange personWithoutAffiliation(List<Token> tokens, TokenRange phrase) {
        int preposition = phrase.from() + 1;
        // "partileder Carl I. Hagen": a middle initial that spells a preposition is still part of the name.
        while (preposition < phrase.to() && (!words.isPhrasePreposition(tokens.get(preposition))
                || PhraseScanner.isInitialBeforeName(tokens, preposition + 1))) {
            preposition++;
        }
        if (preposition >= phrase.to()) {
            return phrase;
        }
        int nameStart = preposition;
        while (nameStart > phrase.from() && tokens.get(nameStart - 1).isCapitalized()
                && !words.isTitle(tokens.get(nameStart - 1))) {
            nameStart--;
        }
        TokenRange name = new TokenRange(nameStart, preposition);
        boolean titled = nameStart > phrase.from() && words.isTitle(tokens.get(nameStart - 1));
        boolean person = !name.isEmpty() && scanner.isPersonName(tokens, name) && (titled || name.size() > 1);
        return person ? new TokenRange(phrase.from(), preposition) : phrase;
    }

    /**
     * "Høyres Erna Solberg", "Apple's Steve Jobs": a person named after the organisation they belong to is the
     * speaker. A single word after the genitive may be the rest of one name ("Norges Bank"), so a person needs two.
     */
    private TokenRange personAfterOrganisation(List<Token> tokens, TokenRange phrase) {
        TokenRange person = new TokenRange(phrase.from() + 1, phrase.to());
        return isOrganisationGenitive(tokens.get(phrase.from())) && person.size() >= FIRST_AND_LAST_NAME
                && scanner.isPersonName(tokens, person) ? person : phrase;
    }

    /**
     * "Apple's", "SVs", "Høyres", "Arbeiderpartiets": a genitive that names an organisation. Norwegian first names
     * end in "s" too ("Jonas", "Jens", "Lars"), so without an apostrophe only an acronym, "-es" or a long "-ets"/"-ens"
     * marks one.
     */
    private boolean isOrganisationGenitive(Token token) {
        String word = token.text();
        if (!token.isCapitalized() || !words.isGenitive(token)) {
            return false;
        }
        if (word.endsWith("'s") || word.endsWith("’s") || word.endsWith("s'")) {
            return true;
        }
        String stem = word.substring(0, word.length() - 1);
        boolean acronym = stem.length() > 1 && stem.equals(stem.toUpperCase(Locale.ROOT));
        boolean definite = word.endsWith("ets") || word.endsWith("ens");
        return acronym || word.endsWith("es") && word.length() >= MIN_ORGANISATION_GENITIVE_ES
                || definite && word.length() >= MIN_ORGANISATION_GENITIVE_DEFINITE;
    }

    /** "Ukrainian President Volodymyr Zelenskiy" → "Volodymyr Zelenskiy", but "General Staff" stays. */
    private TokenRange nameAfterTitle(List<Token> tokens, TokenRange phrase) {
        int lastTitle = -1;
        for (int i = phrase.from(); i < phrase.to(); i++) {
            if (words.isTitle(tokens.get(i))) {
                lastTitle = i;
            }
        }
        if (lastTitle < 0 || lastTitle == phrase.to() - 1) {
            return phrase;
        }
        TokenRange name = new TokenRange(lastTitle + 1, phrase.to());
        if (scanner.isPersonName(tokens, name)) {
            return name;
        }
        return personAfterTitlePlace(tokens, name).orElse(phrase);
    }

    /**
     * "Governor of Washington Chris Gregoire", "director of CAIR Alia Salem": a title's place or organisation runs
     * into the name with nothing between; the last two capitalised words are taken as the person's first and last
     * name.
     */
    private Optional<TokenRange> personAfterTitlePlace(List<Token> tokens, TokenRange afterTitle) {
        int personStart = afterTitle.to() - FIRST_AND_LAST_NAME;
        if (afterTitle.size() <= FIRST_AND_LAST_NAME + 1 || !words.isPhrasePreposition(tokens.get(afterTitle.from()))
                || !tokens.get(personStart - 1).isCapitalized()) {
            return Optional.empty();
        }
        TokenRange person = new TokenRange(personStart, afterTitle.to());
        boolean acronym = isAcronym(tokens.get(personStart)) || isAcronym(tokens.get(personStart + 1));
        return scanner.isPersonName(tokens, person) && !acronym ? Optional.of(person) : Optional.empty();
    }

    private static boolean isAcronym(Token token) {
        return token.text().length() > 1 && token.text().equals(token.text().toUpperCase(Locale.ROOT));
    }

    private Optional<TokenRange> spokespersonOrganisation(List<Token> tokens, TokenRange phrase) {
        for (int i = phrase.from(); i < phrase.to(); i++) {
            if (words.lexicon().matchAt("spokesperson-words", tokens, i) > 0) {
                return Optional.of(organisationOfSpokesperson(tokens, phrase, i));
            }
        }
        return Optional.empty();
    }

    private TokenRange organisationOfSpokesperson(List<Token> tokens, TokenRange phrase, int spokesperson) {
        int afterWord = spokesperson + words.lexicon().matchAt("spokesperson-words", tokens, spokesperson);
        TokenRange after = new TokenRange(afterWord, phrase.to());
        if (!after.isEmpty() && scanner.isPersonName(tokens, after)) {
            return after;
        }
        if (!after.isEmpty() && words.isPhrasePreposition(tokens.get(afterWord))) {
            return withoutDeterminers(tokens, new TokenRange(afterWord + 1, phrase.to()));
        }
        return spokesperson > phrase.from() ? new TokenRange(phrase.from(), spokesperson) : phrase;
    }

    /** "politiets talsperson" → "politiet", "the ministry's spokesman" → "ministry": the organisation itself. */
    private String writtenWithoutGenitive(String text, List<Token> tokens, TokenRange named, TokenRange whole) {
        String written = named.text(text, tokens);
        boolean spokespersonDropped = named.to() < whole.to() && named.from() == whole.from();
        if (!spokespersonDropped || !words.isGenitive(tokens.get(named.to() - 1))) {
            return written;
        }
        if (written.endsWith("'s") || written.endsWith("’s")) {
            return written.substring(0, written.length() - 2);
        }
        return written.endsWith("s") ? written.substring(0, written.length() - 1) : written;
    }
}
