package no.newsroom.claims.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Finding the noun a number counts: after its adjectives, a percent word, or none where a verb or name follows. */
class HeadNounsTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            nb | 14 nye elbiler ble solgt     | elbiler
            nb | 14 prosent av dem            | prosent
            nb | 14 i Bergen                  | -
            nb | 14 Bergen                    | -
            en | 14 electric cars were sold   | cars
            en | 14 per cent of them          | per cent
            en | 14 arrested                  | -
            en | 14 were sold                 | -
            en | 14 each                      | -
            nb | 14 hver                      | -
            """)
    void shouldFindTheCountedNoun(String language, String text, String unit) {
        // Given
        List<Token> tokens = Tokenizer.tokenize(text, 0, text.length());
        QuantityReading quantity = new QuantityReading(new NumberMention(0, 1, BigDecimal.TEN, BigDecimal.ONE), null,
                0, 1);

        // When
        heads(Language.fromTag(language).orElseThrow()).withHead(tokens, quantity);

        // Then
        assertEquals(unit, quantity.toExtracted(text, tokens).unit());
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            nb | ingen soldater | true
            nb | ingen tvil     | false
            en | no soldiers    | true
            en | no doubt       | false
            """)
    void shouldTellWhetherAPluralNounFollows(String language, String text, boolean plural) {
        List<Token> tokens = Tokenizer.tokenize(text, 0, text.length());

        boolean counted = heads(Language.fromTag(language).orElseThrow()).isCountedPlural(tokens, 1);

        if (plural) {
            assertTrue(counted);
        } else {
            assertFalse(counted);
        }
    }

    private static HeadNouns heads(Language language) {
        return new HeadNouns(language, Lexicon.of(language), new NumberWords(language));
    }
}
