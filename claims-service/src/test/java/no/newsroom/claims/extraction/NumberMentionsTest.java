package no.newsroom.claims.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Reading the one number that starts at a token: digits, scale words, number words, zero and approximate tens. */
class NumberMentionsTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            nb | 4 300 hus                     | 4300       | 2
            nb | 4.300 hus                     | 4300       | 1
            nb | 2,5 millioner kroner          | 2500000    | 2
            nb | fire hundre tusen kroner      | 400000     | 3
            nb | halvannen million kroner      | 1500000    | 2
            nb | ingen skoler                  | 0          | 1
            en | 7,250 homes                   | 7250       | 1
            en | $3.2bn                        | 3200000000 | 1
            en | two and a half million people | 2500000    | 5
            en | a dozen boats                 | 12         | 2
            en | half a million people         | 500000     | 3
            nb | en halv million kroner        | 500000     | 3
            nb | trettiåtte hus                | 38         | 1
            nb | tretusen hus                  | 3000       | 1
            """)
    void shouldReadTheNumberAndHowManyTokensItTakes(String language, String text, String value, int length) {
        // Given
        NumberMentions mentions = mentions(Language.fromTag(language).orElseThrow());
        List<Token> tokens = Tokenizer.tokenize(text, 0, text.length());
        int first = tokens.get(0).is("$") ? 1 : 0;

        // When
        NumberMention mention = mentions.mentionAt(tokens, first).orElseThrow();

        // Then
        assertEquals(0, new BigDecimal(value).compareTo(mention.value()), () -> "value " + mention.value());
        assertEquals(length, mention.end() - mention.start());
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            nb | flere hundre hus
            en | the one who left
            en | no one of them
            """)
    void shouldFindNoNumberInVagueWordsOrThePronounOne(String language, String text) {
        NumberMentions mentions = mentions(Language.fromTag(language).orElseThrow());
        List<Token> tokens = Tokenizer.tokenize(text, 0, text.length());

        assertEquals(Optional.empty(), mentions.mentionAt(tokens, 1));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"et titall båter", "et dusin båter"})
    void shouldMarkOnlyATitallAsApproximate(String text) {
        NumberMention mention = mentions(Language.NB).mentionAt(Tokenizer.tokenize(text, 0, text.length()), 0)
                .orElseThrow();

        assertEquals(text.contains("titall"), mention.approximate());
        assertTrue(mention.value().signum() > 0);
    }

    static NumberMentions mentions(Language language) {
        Lexicon lexicon = Lexicon.of(language);
        NumberWords numberWords = new NumberWords(language);
        return new NumberMentions(language, lexicon, numberWords, new QualifierWords(lexicon),
                new HeadNouns(language, lexicon, numberWords));
    }
}
