package no.newsroom.claims.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Numbers that are no reported quantity, each beside a near neighbour that is one. */
class QuantityExclusionsTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            nb | skjedde klokken 14.30                | true
            nb | skjedde 3. juni                      | true
            nb | skjedde i 2019                       | true
            nb | Per Olsen (52) ble skadet            | true
            nb | bor i Storgata 7                     | true
            nb | de tre bilene                        | true
            nb | sendte TV 2.                         | true
            nb | varte i 40 minutter                  | true
            nb | laget vant 3 - 1 borte               | true
            nb | laget tapte 1 - 1 hjemme             | true
            en | it happened on 3 March 2009          | true
            en | Smith, 45, said so                   | true
            nb | Hansen, 45, sa det                   | true
            nb | han sonet fire års fengsel           | true
            nb | 2019 biler ble solgt                 | false
            nb | 35 personer ble skadet               | false
            en | happened at 9:15                     | true
            en | happened on June 12                  | true
            en | took 3 hours                         | true
            en | 35 people were hurt                  | false
            """)
    void shouldLeaveOutWhatIsNoReportedQuantity(String language, String text, boolean excluded) {
        // Given
        Language lang = Language.fromTag(language).orElseThrow();
        List<Token> tokens = Tokenizer.tokenize(text, 0, text.length());
        QuantityReading quantity = firstQuantity(lang, tokens);
        Lexicon lexicon = Lexicon.of(lang);

        // When
        boolean result = new QuantityExclusions(lang, lexicon, new QualifierWords(lexicon)).isExcluded(tokens,
                quantity);

        // Then
        assertEquals(excluded, result);
    }

    private static QuantityReading firstQuantity(Language language, List<Token> tokens) {
        Lexicon lexicon = Lexicon.of(language);
        NumberMentions mentions = NumberMentionsTest.mentions(language);
        QuantityRanges ranges = new QuantityRanges(lexicon, mentions, new QualifierWords(lexicon));
        HeadNouns heads = new HeadNouns(language, lexicon, new NumberWords(language));
        for (int i = 0; i < tokens.size(); i++) {
            Optional<NumberMention> mention = mentions.mentionAt(tokens, i);
            if (mention.isPresent()) {
                return heads.withHead(tokens, ranges.read(tokens, mention.get()));
            }
        }
        throw new AssertionError("no number in " + tokens);
    }
}
