package no.newsroom.claims.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds the counts, percentages and amounts of money in a claim sentence, with their qualifier and head noun. Each
 * step has its own class: {@link NumberMentions} reads a number, {@link QuantityRanges} grows it into a range or a
 * qualified number, {@link HeadNouns} finds the noun it counts and {@link QuantityExclusions} drops what is no
 * reported quantity (dates, clock times, years, ages, street and model numbers, fractions).
 */
final class QuantityParser {

    private final NumberMentions mentions;
    private final QuantityRanges ranges;
    private final HeadNouns heads;
    private final QuantityExclusions exclusions;

    QuantityParser(Language language) {
        Lexicon lexicon = Lexicon.of(language);
        NumberWords numberWords = new NumberWords(language);
        QualifierWords qualifiers = new QualifierWords(lexicon);
        this.heads = new HeadNouns(language, lexicon, numberWords);
        this.mentions = new NumberMentions(language, lexicon, numberWords, qualifiers, heads);
        this.ranges = new QuantityRanges(lexicon, mentions, qualifiers);
        this.exclusions = new QuantityExclusions(language, lexicon, qualifiers, heads);
    }

    List<ExtractedQuantity> parse(String text, List<Token> tokens) {
        List<ExtractedQuantity> quantities = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Optional<NumberMention> mention = mentions.mentionAt(tokens, i);
            if (mention.isEmpty()) {
                i++;
                continue;
            }
            QuantityReading quantity = heads.withHead(tokens, ranges.read(tokens, mention.get()));
            if (!exclusions.isExcluded(tokens, quantity)) {
                quantities.add(quantity.toExtracted(text, tokens));
            }
            i = Math.max(quantity.endToken, mention.get().end());
        }
        return quantities;
    }
}
