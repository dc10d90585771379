package no.newsroom.claims.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import no.newsroom.claims.model.Qualifier;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Growing a number into a range, a qualified number or a part of a whole, with the words before it. */
class QuantityRangesTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            nb | mellom 40 og 60 biler        | 40      | 60
            nb | fra 3 til 5 millioner kroner | 3000000 | 5000000
            nb | 600–700 biler                | 600     | 700
            en | between 12 and 15 boats      | 12      | 15
            en | 8 to 10 percent              | 8       | 10
            en | £3,000-£5,000 a year         | 3000    | 5000
            en | between $20 and $25          | 20      | 25
            """)
    void shouldReadBothBoundsOfARange(String language, String text, String low, String high) {
        // Given
        List<Token> tokens = Tokenizer.tokenize(text, 0, text.length());
        int number = tokens.get(0).isNumber() ? 0 : tokens.get(1).isNumber() ? 1 : 2;

        // When
        QuantityReading quantity = read(Language.fromTag(language).orElseThrow(), tokens, number);

        // Then
        assertEquals(Qualifier.RANGE, quantity.qualifier);
        assertEquals(0, new BigDecimal(low).compareTo(quantity.first.value()));
        assertEquals(0, new BigDecimal(high).compareTo(quantity.second.value()));
        assertEquals(0, quantity.startToken);
    }

    @Test
    void shouldNotReadADescendingPairAsARange() {
        List<Token> tokens = Tokenizer.tokenize("vant 3-1 borte", 0, 14);

        QuantityReading quantity = read(Language.NB, tokens, 1);

        assertNull(quantity.second);
        assertEquals(Qualifier.EXACT, quantity.qualifier);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            nb | minst 30 hus           | 1 | AT_LEAST
            nb | under 30 hus           | 1 | AT_MOST
            nb | omkring 30 hus         | 1 | APPROXIMATE
            en | more than $5 million   | 3 | AT_LEAST
            en | up to 30 houses        | 2 | AT_MOST
            en | about 30 houses        | 1 | APPROXIMATE
            """)
    void shouldTakeTheQualifierBeforeTheNumberAndAnyCurrencySign(String language, String text, int number,
            Qualifier qualifier) {
        List<Token> tokens = Tokenizer.tokenize(text, 0, text.length());

        QuantityReading quantity = read(Language.fromTag(language).orElseThrow(), tokens, number);

        assertEquals(qualifier, quantity.qualifier);
        assertEquals(0, quantity.startToken);
    }

    @Test
    void shouldRunAPartOnToTheNumberOfTheWhole() {
        String text = "12 av de 19 fylkene";
        List<Token> tokens = Tokenizer.tokenize(text, 0, text.length());

        QuantityReading quantity = read(Language.NB, tokens, 0);

        assertEquals(4, quantity.endToken);
    }

    private static QuantityReading read(Language language, List<Token> tokens, int number) {
        Lexicon lexicon = Lexicon.of(language);
        NumberMentions mentions = NumberMentionsTest.mentions(language);
        QuantityRanges ranges = new QuantityRanges(lexicon, mentions, new QualifierWords(lexicon));
        return ranges.read(tokens, mentions.mentionAt(tokens, number).orElseThrow());
    }
}
