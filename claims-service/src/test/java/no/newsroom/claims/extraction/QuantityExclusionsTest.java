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
            en | the plant closed at 10:45 sharp      | true
            nb | i 1987 kjøpte selskapet gården      | true
            en | by 2040 unless the rules change      | true
            en | in 2000 homes the power failed       | false
            nb | mellom 1995 og 2003                  | true
            nb | mellom 1500 og 2000 demonstranter    | false
            en | the Galaxy 7 phones were recalled    | true
            en | in the US 300 jobs were lost         | false
            en | spends on Global Relief 90 percent   | false
            en | but one travel expert warned         | true
            en | one person died                      | false
            """)
    void shouldLeaveOutWhatIsNoReportedQuantity(String language, String text, boolean excluded) {
        // Given
        Language lang = Language.fromTag(language).orElseThrow();
        List<Token> tokens = Tokenizer.tokenize(text, 0, text.length());
        QuantityReading quantity = lastQuantity(lang, tokens);
        Lexicon lexicon = Lexicon.of(lang);
        HeadNouns heads = new HeadNouns(lang, lexicon, new NumberWords(lang));

        // When
        boolean result = new QuantityExclusions(lang, lexicon, new QualifierWords(lexicon), heads)
                .isExcluded(tokens, quantity);

        // Then
        assertEquals(excluded, result);
    }

    /** The quantity read from the last number that starts one, as the parser reads on past each quantity. */
    private static QuantityReading lastQuantity(Language language, List<Token> tokens) {
        Lexicon lexicon = Lexicon.of(language);
        NumberMentions mentions = NumberMentionsTest.mentions(language);
        QuantityRanges ranges = new QuantityRanges(lexicon, mentions, new QualifierWords(lexicon));
        HeadNouns heads = new HeadNouns(language, lexicon, new NumberWords(language));
        QuantityReading last = null;
        int i = 0;
        while (i < tokens.size()) {
            Optional<NumberMention> mention = mentions.mentionAt(tokens, i);
            if (mention.isEmpty()) {
                i++;
                continue;
            }
            last = heads.withHead(tokens, ranges.read(tokens, mention.get()));
            i = Math.max(last.endToken, mention.get().end());
        }
        if (last == null) {
            throw new AssertionError("no number in " + tokens);
        }
        return last;
    }
}
