package no.newsroom.claims.extraction;

import java.util.List;

/** Reads one sentence: tokens, attribution, and which {@link SentenceReading.Kind} of line it is. */
final class SentenceReader {

    private static final int MAX_WORDS_BESIDE_BACK_REFERENCE = 3;
    private static final int LAST_ATTRIBUTION_START_OF_BACK_REFERENCE = 2;

    private final WordClasses words;
    private final AttributionDetector attributions;
    private final StatementClassifier classifier;

    SentenceReader(Language language) {
        this.words = new WordClasses(language);
        this.attributions = new AttributionDetector(words);
        this.classifier = new StatementClassifier(words, attributions.hedges());
    }

    SentenceReading read(String text, TextSpan span) {
        List<Token> tokens = Tokenizer.tokenize(text, span.start(), span.end());
        Attribution attribution = attributions.detect(text, tokens);
        return new SentenceReading(span, tokens, attribution, kind(tokens, attribution));
    }

    /** Reads the sentence again with speakers named elsewhere ("Det opplyser X", the speaker of a quote). */
    SentenceReading reattribute(SentenceReading reading, List<Speaker> speakers) {
        Attribution attribution = reading.attribution().plus(speakers);
        return reading.withAttribution(attribution, kind(reading.tokens(), attribution));
    }

    boolean saysUnverified(List<Token> tokens) {
        return classifier.saysUnverified(tokens);
    }

    private SentenceReading.Kind kind(List<Token> tokens, Attribution attribution) {
        if (classifier.isQuestion(tokens) || classifier.isCommentMeta(tokens)) {
            return SentenceReading.Kind.NOT_A_CLAIM;
        }
        if (classifier.saysUnverified(tokens) && !attribution.isNamed() && !attribution.hedged()) {
            return SentenceReading.Kind.UNVERIFIED_NOTE;
        }
        if (classifier.isConfirmationNote(tokens)) {
            return SentenceReading.Kind.CONFIRMATION_NOTE;
        }
        if (classifier.startsWithFigureReference(tokens) && attribution.hasOutletSpeaker() && !hasNumber(tokens)) {
            return SentenceReading.Kind.FIGURE_SOURCE;
        }
        if (isBackReference(tokens, attribution)) {
            return SentenceReading.Kind.BACK_REFERENCE;
        }
        if (!attribution.isClaimMarker() || classifier.expressesNonClaim(tokens, attribution.attributionTokens())) {
            return SentenceReading.Kind.NOT_A_CLAIM;
        }
        return SentenceReading.Kind.CLAIM;
    }

    /** "The death toll has risen to 57, state media reported": a figure of its own makes a claim, not a follow-up. */
    private boolean hasNumber(List<Token> tokens) {
        return tokens.stream().anyMatch(token -> token.isNumber() || words.isNumberWord(token));
    }

    /**
     * "Det opplyser Tyrkias utenriksminister.", "That's according to Reuters.": attribution right after the pronoun
     * and nothing else. "Det er skader for 400.000 kroner, sa Solberg" is a statement of its own.
     */
    private boolean isBackReference(List<Token> tokens, Attribution attribution) {
        if (!attribution.isNamed() || words.lexicon().matchAt("back-reference-subjects", tokens, 0) == 0
                || attribution.attributionTokens().nextSetBit(1) > LAST_ATTRIBUTION_START_OF_BACK_REFERENCE) {
            return false;
        }
        int others = 0;
        for (int i = 1; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (words.lexicon().contains("complementizers", token)) {
                // "Det går fram av rapporten at ...": "det" opens the sentence's own statement after "at".
                return false;
            }
            boolean besides = token.isWord() && !attribution.attributionTokens().get(i) && !words.isTimeWord(token)
                    && !words.lexicon().contains("stop-words", token);
            others += besides ? 1 : 0;
        }
        return others <= MAX_WORDS_BESIDE_BACK_REFERENCE;
    }
}
