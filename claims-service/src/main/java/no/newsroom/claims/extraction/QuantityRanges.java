package no.newsroom.claims.extraction;

import no.newsroom.claims.model.Qualifier;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Grows a number into a quantity before its head noun is known: a range ("mellom 10 og 20", "600–700",
 * "1–2 millioner"), a qualified single number ("minst 300") or a part of a whole ("19 av landets 24 regioner").
 */
final class QuantityRanges {

    private static final Set<String> DASHES = Set.of("–", "-", "—");

    private final Lexicon lexicon;
    private final NumberMentions mentions;
    private final QualifierWords qualifiers;

    QuantityRanges(Lexicon lexicon, NumberMentions mentions, QualifierWords qualifiers) {
        this.lexicon = lexicon;
        this.mentions = mentions;
        this.qualifiers = qualifiers;
    }

    QuantityReading read(List<Token> tokens, NumberMention first) {
        return range(tokens, first).orElseGet(() -> single(tokens, first));
    }

    private QuantityReading single(List<Token> tokens, NumberMention first) {
        QuantityReading quantity = new QuantityReading(first, null, qualifiers.qualifierStart(tokens, first.start()),
                first.end());
        Qualifier fallback = first.approximate() ? Qualifier.APPROXIMATE : Qualifier.EXACT;
        quantity.qualifier = qualifiers.qualifierBefore(tokens, first.start()).orElse(fallback);
        int lowerBoundAfter = lexicon.matchAt("qualifier-at-least-after", tokens, first.end());
        if (lowerBoundAfter > 0 && quantity.qualifier == Qualifier.EXACT) {
            quantity.qualifier = Qualifier.AT_LEAST;
            quantity.endToken = first.end() + lowerBoundAfter;
        }
        extendOverWhole(tokens, quantity);
        return quantity;
    }

    private Optional<QuantityReading> range(List<Token> tokens, NumberMention first) {
        int opener = rangeOpener(tokens, first.start());
        int joinerLength = rangeJoinerLength(tokens, first.end(), opener);
        if (joinerLength == 0 || first.end() + joinerLength >= tokens.size()) {
            return Optional.empty();
        }
        int upperStart = first.end() + joinerLength + repeatedCurrencyLength(tokens, first, joinerLength);
        if (upperStart >= tokens.size()) {
            return Optional.empty();
        }
        Optional<NumberMention> upper = mentions.mentionAt(tokens, upperStart);
        if (upper.isEmpty() || upper.get().value().signum() == 0) {
            return Optional.empty();
        }
        NumberMention lower = first.withScaleOf(upper.get());
        if (lower.value().compareTo(upper.get().value()) >= 0) {
            return Optional.empty();
        }
        int start = qualifiers.qualifierStart(tokens, opener >= 0 ? opener : first.start());
        QuantityReading quantity = new QuantityReading(lower, upper.get(), start, upper.get().end());
        quantity.qualifier = Qualifier.RANGE;
        return Optional.of(quantity);
    }

    /**
     * "£3,000-£5,000", "between $5 and $10", "mellom kr. 300 og kr. 500": the upper bound repeats the lower bound's
     * currency sign, with or without its abbreviation dot.
     */
    private static int repeatedCurrencyLength(List<Token> tokens, NumberMention first, int joinerLength) {
        int sign = first.end() + joinerLength;
        int lowerSign = QualifierWords.currencySymbolBefore(tokens, first.start());
        if (lowerSign < 0 || !tokens.get(sign).is(tokens.get(lowerSign).lower())) {
            return 0;
        }
        boolean dotted = sign + 1 < tokens.size() && tokens.get(sign + 1).is(".");
        return dotted ? 2 : 1;
    }

    /** Index of "mellom", "between", "fra" or "from" right before the number or its currency sign, or -1. */
    private int rangeOpener(List<Token> tokens, int numberStart) {
        int symbol = QualifierWords.currencySymbolBefore(tokens, numberStart);
        int index = (symbol >= 0 ? symbol : numberStart) - 1;
        return index >= 0 && lexicon.contains("range-openers", tokens.get(index)) ? index : -1;
    }

    private int rangeJoinerLength(List<Token> tokens, int index, int opener) {
        if (index >= tokens.size() - 1) {
            return 0;
        }
        Token joiner = tokens.get(index);
        if (opener >= 0) {
            String expected = lexicon.value("range-openers", tokens, opener, 1).orElse("");
            return joiner.is(expected) ? 1 : 0;
        }
        boolean dash = DASHES.contains(joiner.text()) && tokens.get(index + 1).start() - joiner.end() <= 1;
        boolean word = joiner.isWord() && lexicon.contains("range-joiners", joiner);
        return dash || word ? 1 : 0;
    }

    /** "19 av landets 24 regioner": one quantity, the part, running on to the noun of the whole. */
    private void extendOverWhole(List<Token> tokens, QuantityReading quantity) {
        int index = quantity.endToken;
        if (index >= tokens.size() || !(tokens.get(index).is("av") || tokens.get(index).is("of"))) {
            return;
        }
        for (int j = index + 1; j < Math.min(tokens.size(), index + 4); j++) {
            if (tokens.get(j).isPunctuation()) {
                return;
            }
            Optional<NumberMention> whole = mentions.mentionAt(tokens, j);
            if (whole.isPresent()) {
                if (whole.get().value().compareTo(quantity.first.value()) >= 0) {
                    quantity.endToken = whole.get().end();
                }
                return;
            }
        }
    }
}
