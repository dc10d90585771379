package no.newsroom.claims.extraction;

import no.newsroom.claims.model.Qualifier;
import java.util.List;

/**
 * A number, or both bounds of a range, while it is being read: the tokens [startToken, endToken) its text runs over
 * (from the qualifier to the head noun), its qualifier and its head noun [headStart, head], if any.
 */
final class QuantityReading {

    final NumberMention first;
    final NumberMention second;
    final int startToken;
    int endToken;
    int headStart = -1;
    int head = -1;
    Qualifier qualifier = Qualifier.EXACT;

    QuantityReading(NumberMention first, NumberMention second, int startToken, int endToken) {
        this.first = first;
        this.second = second;
        this.startToken = startToken;
        this.endToken = endToken;
    }

    void setHead(int from, int to) {
        headStart = from;
        head = to;
        endToken = to + 1;
    }

    boolean isRange() {
        return second != null;
    }

    boolean hasHead() {
        return head >= 0;
    }

    ExtractedQuantity toExtracted(String text, List<Token> tokens) {
        String written = text.substring(tokens.get(startToken).start(), tokens.get(endToken - 1).end());
        String unit = unit(text, tokens);
        if (second != null) {
            return ExtractedQuantity.range(written, first.value(), second.value(), unit);
        }
        return ExtractedQuantity.of(written, first.value(), qualifier, unit);
    }

    private String unit(String text, List<Token> tokens) {
        if (head >= 0) {
            return text.substring(tokens.get(headStart).start(), tokens.get(head).end());
        }
        int symbol = QualifierWords.currencySymbolBefore(tokens, first.start());
        return symbol >= startToken ? tokens.get(symbol).text() : null;
    }
}
