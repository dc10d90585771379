package no.newsroom.claims.extraction;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Proposes the claims in news text: for every sentence that attributes (sier, ifølge, said, according to) or hedges
 * (skal ha, reportedly) a checkable statement, who made it, which outlet relayed it, its numbers, and whether the text
 * says it is unconfirmed. Captions, headings, questions, opinions, plans and plain statements yield nothing.
 *
 * <p>Thread-safe; build one and share it. All rules are plain Java and word lists under {@code extraction/}.
 */
public final class ClaimExtractor {

    private static final Set<String> DASH_QUOTES = Set.of("–", "—", "-");

    private final Map<Language, Rules> rules = new EnumMap<>(Language.class);

    public ClaimExtractor() {
        for (Language language : Language.values()) {
            rules.put(language, new Rules(language));
        }
    }

    /**
     * @param text the text to read; line breaks separate paragraphs, headings and captions
     * @param languageTag "nb", "en", another BCP 47 tag of those, or null to detect the language
     * @throws UnsupportedLanguageException for a language other than Norwegian Bokmål or English
     */
    public ExtractionResult extract(String text, String languageTag) {
        Language language = languageTag == null || languageTag.isBlank() ? LanguageDetector.detect(text)
                : Language.fromTag(languageTag).orElseThrow(() -> new UnsupportedLanguageException(languageTag));
        Rules languageRules = rules.get(language);
        Discourse discourse = new Discourse();
        for (SentenceSplitter.Line line : languageRules.splitter.split(text)) {
            if (!BoilerplateDetector.isBoilerplate(line.span().of(text))) {
                readLine(text, line, languageRules, discourse);
            }
        }
        return new ExtractionResult(language.code(), discourse.candidates());
    }

    private void readLine(String text, SentenceSplitter.Line line, Rules languageRules, Discourse discourse) {
        List<SentenceReading> readings = new ArrayList<>();
        for (TextSpan sentence : line.sentences()) {
            readings.add(languageRules.reader.read(text, sentence));
        }
        if (DASH_QUOTES.stream().anyMatch(dash -> line.span().of(text).startsWith(dash))) {
            shareQuoteSpeaker(readings, languageRules.reader);
        }
        shareByline(readings, languageRules.reader);
        for (int i = 0; i < readings.size(); i++) {
            SentenceReading reading = attributedByNext(readings, i, languageRules.reader);
            apply(text, reading, languageRules, discourse);
            languageRules.names.remember(text, reading, discourse);
        }
    }

    /** A quotation over several sentences has its "sier X" in only one of them; it speaks for all. */
    private static void shareQuoteSpeaker(List<SentenceReading> readings, SentenceReader reader) {
        List<Speaker> speakers = readings.stream().filter(r -> r.attribution().isNamed())
                .map(r -> r.attribution().speakers()).findFirst().orElse(List.of());
        if (speakers.isEmpty()) {
            return;
        }
        for (int i = 0; i < readings.size(); i++) {
            if (!readings.get(i).attribution().isNamed()) {
                readings.set(i, reader.reattribute(readings.get(i), speakers));
            }
        }
    }

    /** "Oslo (NTB): Tre personer omkom. Politiet sier at ...": the agency named first carries the whole paragraph. */
    private static void shareByline(List<SentenceReading> readings, SentenceReader reader) {
        if (readings.isEmpty()) {
            return;
        }
        List<Speaker> byline = readings.get(0).attribution().speakers().stream().filter(Speaker::byline).toList();
        for (int i = 1; i < readings.size() && !byline.isEmpty(); i++) {
            readings.set(i, reader.reattribute(readings.get(i), byline));
        }
    }

    /** "X skal ha skjedd. Det opplyser Y.": the next sentence names who said it. */
    private static SentenceReading attributedByNext(List<SentenceReading> readings, int index, SentenceReader reader) {
        SentenceReading reading = readings.get(index);
        boolean nextRefersBack = index + 1 < readings.size()
                && readings.get(index + 1).kind() == SentenceReading.Kind.BACK_REFERENCE;
        if (!nextRefersBack || reading.kind() == SentenceReading.Kind.BACK_REFERENCE) {
            return reading;
        }
        return reader.reattribute(reading, readings.get(index + 1).attribution().speakers());
    }

    private void apply(String text, SentenceReading reading, Rules languageRules, Discourse discourse) {
        switch (reading.kind()) {
            case CLAIM -> discourse.add(candidate(text, reading, languageRules, discourse));
            case UNVERIFIED_NOTE -> discourse.updateLast(candidate -> rescored(candidate.withUnconfirmed(true)));
            case CONFIRMATION_NOTE -> discourse.updateLast(candidate -> rescored(candidate.withUnconfirmed(false)));
            case FIGURE_SOURCE -> relaySource(reading, discourse);
            default -> {
                // Not a claim, and says nothing about the claim before it.
            }
        }
    }

    private static ClaimCandidate candidate(String text, SentenceReading reading, Rules languageRules,
            Discourse discourse) {
        List<Speaker> speakers = reading.attribution().speakers().stream().map(discourse::resolve).toList();
        ClaimantResolver.ClaimantAndSource who = ClaimantResolver.resolve(speakers);
        boolean unconfirmed = languageRules.reader.saysUnverified(reading.tokens());
        List<ExtractedQuantity> quantities = languageRules.quantities.parse(text, reading.tokens());
        TextSpan span = reading.span();
        ClaimCandidate candidate = new ClaimCandidate(span.of(text), span.start(), span.end(), who.claimant(),
                who.source(), unconfirmed, quantities, 0);
        return rescored(candidate);
    }

    private static void relaySource(SentenceReading reading, Discourse discourse) {
        reading.attribution().speakers().stream().filter(Speaker::outlet).map(discourse::resolve)
                .map(Speaker::text).filter(name -> name != null).findFirst()
                .ifPresent(outlet -> discourse.updateLast(candidate -> candidate.source() == null
                        && candidate.claimant() != null && !outlet.equals(candidate.claimant())
                        ? rescored(candidate.withSource(outlet)) : candidate));
    }

    private static ClaimCandidate rescored(ClaimCandidate candidate) {
        return candidate.withCheckworthiness(CheckworthinessScorer.score(candidate));
    }

    /** Everything built once per language. */
    private static final class Rules {
        private final SentenceSplitter splitter;
        private final SentenceReader reader;
        private final QuantityParser quantities;
        private final NameMemory names;

        Rules(Language language) {
            this.splitter = new SentenceSplitter(language);
            this.reader = new SentenceReader(language);
            this.quantities = new QuantityParser(language);
            this.names = new NameMemory(new WordClasses(language));
        }
    }
}
