package no.newsroom.claims.extraction;

import no.newsroom.claims.model.Qualifier;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuantityParserTest {

    private static final QuantityParser NORWEGIAN = new QuantityParser(Language.NB);
    private static final QuantityParser ENGLISH = new QuantityParser(Language.EN);

    @Test
    void shouldReadNorwegianThousandsWithDotsSpacesAndNoBreakSpaces() {
        // Given
        String text = "Det gjelder 300.000 og 300 000 og 300\u00a0000 innbyggere.";

        // When
        List<ExtractedQuantity> quantities = parse(NORWEGIAN, text);

        // Then
        assertEquals(List.of("300000", "300000", "300000"),
                quantities.stream().map(q -> q.value().toPlainString()).toList());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Politiet sier at 2 500 000 kroner ble beslaglagt.                         | 2500000
            Politiet sier at 2\u00a0500\u00a0000 kroner ble beslaglagt.             | 2500000
            Politiet sier at 2\u202f500\u202f000 kroner ble beslaglagt.             | 2500000
            Politiet sier at 2.500.000 kroner ble beslaglagt.                         | 2500000
            Politiet sier at 1’200 kroner ble beslaglagt.                             | 1200
            Politiet sier at 2,5 millioner kroner ble beslaglagt.                     | 2500000
            Politiet sier at 4 mill. kroner ble beslaglagt.                           | 4000000
            Politiet sier at to og en halv million kroner ble beslaglagt.             | 2500000
            Politiet sier at halvannen million kroner ble beslaglagt.                 | 1500000
            Politiet sier at en million to hundre tusen kroner ble beslaglagt.        | 1200000
            Politiet sier at tre millioner fire hundre tusen kroner ble beslaglagt.   | 3400000
            Politiet sier at et hundre og tjue kroner ble beslaglagt.                 | 120
            Politiet sier at to millioner kroner ble beslaglagt.                      | 2000000
            Politiet sier at 1,5 millioner kroner ble beslaglagt.                     | 1500000
            Politiet sier at 2 500 kroner ble beslaglagt.                             | 2500
            Politiet sier at 2.500 kroner ble beslaglagt.                             | 2500
            Politiet sier at tre hundre og femti kroner ble beslaglagt.               | 350
            Politiet sier at 1 200 000 kroner ble beslaglagt.                         | 1200000
            Politiet sier at tjuefem kroner ble beslaglagt.                           | 25
            Politiet sier at førtisju tusen kroner ble beslaglagt.                    | 47000
            Politiet sier at tohundre kroner ble beslaglagt.                          | 200
            Politiet sier at femtusen kroner ble beslaglagt.                          | 5000
            Politiet sier at en halv million kroner ble beslaglagt.                   | 500000
            Politiet sier at 1\u2009200\u2009000 kroner ble beslaglagt.             | 1200000
            Politiet sier at 12\u2009000 kroner ble beslaglagt.                      | 12000
            Politiet sier at 1.200.000 kroner ble beslaglagt.                         | 1200000
            Politiet sier at 1,2 millioner kroner ble beslaglagt.                     | 1200000
            Politiet sier at 1 200 kroner ble beslaglagt.                             | 1200
            Politiet sier at tre og en halv million kroner ble beslaglagt.            | 3500000
            Politiet sier at 2,5 mrd. kroner ble beslaglagt.                          | 2500000000
            Politiet sier at 12 000 kroner ble beslaglagt.                            | 12000
            Politiet sier at 12\u00a0000 kroner ble beslaglagt.                      | 12000
            Politiet sier at 12\u202f000 kroner ble beslaglagt.                      | 12000
            """)
    void shouldReadNorwegianNumbersUpToTheMillionsInWordsAndDigits(String text, String value) {
        List<ExtractedQuantity> quantities = parse(NORWEGIAN, text.translateEscapes());

        assertEquals(List.of(value), quantities.stream().map(q -> q.value().toPlainString()).toList());
        assertEquals("kroner", quantities.get(0).unit());
    }

    @Test
    void shouldConvertSpelledOutNumbersWithIcu() {
        List<ExtractedQuantity> quantities = parse(NORWEGIAN, "Hun sa at to tusen fem hundre soldater falt.");

        assertEquals(List.of(exact("to tusen fem hundre soldater", "2500", "soldater")), quantities);
    }

    @Test
    void shouldScaleMillionsAndBillions() {
        List<ExtractedQuantity> quantities = parse(NORWEGIAN, "Det koster 4,5 mrd. kroner og rammer 1,5 millioner.");

        assertEquals(List.of(exact("4,5 mrd. kroner", "4500000000", "kroner"),
                exact("1,5 millioner", "1500000", null)), quantities);
    }

    @Test
    void returnsRangeWithBoundsAndNoValueWhenAHedgeWordPrecedesIt() {
        List<ExtractedQuantity> quantities = parse(NORWEGIAN, "Rundt 10 000–20 000 soldater deltok.");

        assertEquals(List.of(new ExtractedQuantity("Rundt 10 000–20 000 soldater", null, new BigDecimal("10000"),
                new BigDecimal("20000"), Qualifier.RANGE, "soldater")), quantities);
    }

    @Test
    void returnsUpperBoundOnlyForAtMost() {
        List<ExtractedQuantity> quantities = parse(ENGLISH, "As many as 40 soldiers died.");

        assertEquals(List.of(new ExtractedQuantity("As many as 40 soldiers", new BigDecimal("40"), null,
                new BigDecimal("40"), Qualifier.AT_MOST, "soldiers")), quantities);
    }

    @Test
    void shouldTreatADozenAsTwelveAndEtTitallAsApproximatelyTen() {
        assertEquals(List.of(exact("two dozen soldiers", "24", "soldiers")),
                parse(ENGLISH, "They said two dozen soldiers were captured."));
        assertEquals(Qualifier.APPROXIMATE, parse(NORWEGIAN, "Et titall hus brant.").get(0).qualifier());
    }

    @Test
    void shouldReadAnExplicitZero() {
        assertEquals(List.of(exact("Ingen sivile", "0", "sivile")), parse(NORWEGIAN, "Ingen sivile ble drept."));
    }

    @Test
    void shouldIgnoreDatesTimesYearsDurationsAgesModelNumbersAndArticles() {
        String text = "Kl. 10.32 den 14. mars 2022 ble en 42 år gammel mann og en 19-åring truffet av en Su-34 "
                + "det siste døgnet, og halvparten av hundrevis av hus brant i 2014.";

        assertEquals(List.of(), parse(NORWEGIAN, text));
    }

    @Test
    void shouldReadOrMoreAfterTheNumberAsALowerBound() {
        assertEquals(List.of(new ExtractedQuantity("107 or more", new BigDecimal("107"), new BigDecimal("107"), null,
                Qualifier.AT_LEAST, null)), parse(ENGLISH, "The storm killed 107 or more, officials said."));
        assertEquals(List.of(new ExtractedQuantity("200 eller flere personer", new BigDecimal("200"),
                new BigDecimal("200"), null, Qualifier.AT_LEAST, "personer")),
                parse(NORWEGIAN, "Politiet sier at 200 eller flere personer ble evakuert."));
        assertEquals(List.of(), parse(ENGLISH, "The universities have accepted one or more donations."));
    }

    @Test
    void shouldReadTheArticleAfterAPrepositionAsAnArticleAndAfterAComparisonAsOne() {
        assertEquals(List.of(), parse(NORWEGIAN, "Under en utredning fikk han beskjed om saken."));
        assertEquals(List.of(), parse(ENGLISH, "The truck drove over a bridge."));
        assertEquals(List.of(new ExtractedQuantity("Mindre enn en prosent", BigDecimal.ONE, null, BigDecimal.ONE,
                Qualifier.AT_MOST, "prosent")), parse(NORWEGIAN, "Mindre enn en prosent er smittet."));
    }

    @Test
    void shouldReadOneOfThemAndAModelNumberBeforeAVerbAsNoCount() {
        assertEquals(List.of(), parse(NORWEGIAN, "Han sier at én av dem ble skadet."));
        assertEquals(List.of(), parse(NORWEGIAN, "Ikke bare hans og én annens boks var tilsatt stoffet."));
        assertEquals(List.of(exact("189 people", "189", "people")),
                parse(ENGLISH, "The Boeing 737 crashed shortly after take-off, killing all 189 people on board."));
    }

    @Test
    void shouldKeepTheCountryOfADollarInTheText() {
        assertEquals(List.of(new ExtractedQuantity("about NZ $ 26 million", new BigDecimal("26000000"),
                new BigDecimal("26000000"), new BigDecimal("26000000"), Qualifier.APPROXIMATE, "$")),
                parse(ENGLISH, "The vote will cost about NZ $ 26 million."));
    }

    @Test
    void shouldCountPartOfAWholeAsOneQuantity() {
        assertEquals(List.of(exact("19 of the country's 24 regions", "19", "regions")),
                parse(ENGLISH, "Alarms sounded in 19 of the country's 24 regions."));
    }

    @Test
    void shouldReadHalfOfAScaleWord() {
        assertEquals(List.of(new ExtractedQuantity("nearly half a million voters", new BigDecimal("500000"), null,
                new BigDecimal("500000"), Qualifier.AT_MOST, "voters")),
                parse(ENGLISH, "Officials said nearly half a million voters stayed home."));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Kommunen har vel 300 ansatte.       | vel 300 ansatte      | AT_LEAST
            Kommunen har bortimot 300 ansatte.  | bortimot 300 ansatte | AT_MOST
            Kommunen har knappe 300 ansatte.    | knappe 300 ansatte   | AT_MOST
            """)
    void shouldReadNorwegianQualifiersOfAGoodOrScantNumber(String text, String quantity, Qualifier qualifier) {
        List<ExtractedQuantity> quantities = parse(NORWEGIAN, text);

        assertEquals(List.of(quantity), quantities.stream().map(ExtractedQuantity::text).toList());
        assertEquals(qualifier, quantities.get(0).qualifier());
    }

    @Test
    void shouldTakeAMeasureAsTheHeadBeforeItsDimension() {
        assertEquals(List.of(exact("14 km", "14", "km")), parse(ENGLISH, "The new tunnel is 14 km long."));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Billetten koster kr. 3000 per person.         | kr. 3000          | 3000      | kr
            Billetten koster kr 3000 per person.          | kr 3000           | 3000      | kr
            Kontrakten er verdt NOK 300 millioner.        | NOK 300 millioner | 300000000 | NOK
            Avtalen er verdt USD 40 millioner.            | USD 40 millioner  | 40000000  | USD
            """)
    void shouldTakeACurrencyBeforeTheNumberAsItsUnitAlsoWhenAbbreviatedOrACode(String text, String quantity,
            String value, String unit) {
        assertEquals(List.of(exact(quantity, value, unit)), parse(NORWEGIAN, text));
    }

    @Test
    void shouldKeepTheRangeOpenerBeforeAnAbbreviatedCurrency() {
        assertEquals(List.of(ExtractedQuantity.range("mellom kr. 300 og kr. 500", new BigDecimal("300"),
                new BigDecimal("500"), "kr")), parse(NORWEGIAN, "Billetten koster mellom kr. 300 og kr. 500."));
    }

    @Test
    void shouldKeepThePercentAbbreviationAsWrittenAsTheUnit() {
        // The contract's unit is the head noun as written ("%" stays "%"), so "pst." gives "pst", not "prosent".
        assertEquals(List.of(exact("30 pst", "30", "pst")), parse(NORWEGIAN, "Han sier at 30 pst. av dem er syke."));
    }

    @Test
    void shouldEndTheHeadBeforeAPastTenseAfterANominalisedAdjective() {
        assertEquals(List.of(exact("1200 ansatte", "1200", "ansatte")),
                parse(NORWEGIAN, "Hun sier at 1200 ansatte streiket i går."));
    }

    private static List<ExtractedQuantity> parse(QuantityParser parser, String text) {
        return parser.parse(text, Tokenizer.tokenize(text, 0, text.length()));
    }

    private static ExtractedQuantity exact(String text, String value, String unit) {
        BigDecimal number = new BigDecimal(value);
        return new ExtractedQuantity(text, number, number, number, Qualifier.EXACT, unit);
    }
}
