package no.newsroom.claims.extraction;

import no.newsroom.claims.model.Qualifier;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Numbers that are no reported quantity: dates, clock times, years, ordinals, ages, durations and other excluded head
 * nouns, fractions, street and model numbers, parts of names ("TV 2"), compound words ("42-åring") and counts of
 * things already known ("de to landene") and scores ("2 - 1").
 */
final class QuantityExclusions {

    private static final Set<String> MONTHS = Set.of("january", "february", "march", "april", "june", "july",
            "august", "september", "october", "november", "december", "jan", "feb", "aug", "sept", "oct", "nov", "dec");
    private static final Set<String> AGE_LABELS = Set.of("aged", "age", "alder");
    // Norwegian street names are single words: "Storgata 5", "Kirkeveien 12".
    private static final List<String> STREET_SUFFIXES = List.of("gate", "gata", "veien", "vegen", "vei", "torget");
    private static final Pattern CLOCK_NB = Pattern.compile("([01]?\\d|2[0-3])\\.[0-5]\\d");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern COMPOUND = Pattern.compile(".*\\d[-–]\\p{L}.*");
    private static final int FIRST_YEAR = 1800;
    private static final int LAST_YEAR = 2100;

    private final Language language;
    private final Lexicon lexicon;
    private final QualifierWords qualifiers;
    private final HeadNouns heads;

    QuantityExclusions(Language language, Lexicon lexicon, QualifierWords qualifiers, HeadNouns heads) {
        this.language = language;
        this.lexicon = lexicon;
        this.qualifiers = qualifiers;
        this.heads = heads;
    }

    boolean isExcluded(List<Token> tokens, QuantityReading quantity) {
        NumberMention first = quantity.first;
        return isExcludedHead(tokens, quantity) || isLabelled(tokens, first) || isClockTime(tokens, first)
                || isOrdinal(tokens, first) || isYear(tokens, quantity) || isCompoundModifier(tokens, quantity)
                || isAge(tokens, first) || isAfterStreetName(tokens, first)
                || isAfterMonth(tokens, first) || isBeforeMonth(tokens, first) || isDefiniteReference(tokens, first)
                || isPartOfName(tokens, quantity) || isScore(tokens, quantity) || isOneOrMore(tokens, quantity)
                || isBareOne(tokens, quantity);
    }

    /** "one or more donations", "en eller flere personer": some, not a count. */
    private boolean isOneOrMore(List<Token> tokens, QuantityReading quantity) {
        return quantity.first.value().compareTo(BigDecimal.ONE) == 0
                && lexicon.matchAt("qualifier-at-least-after", tokens, quantity.first.end()) > 0;
    }

    /**
     * "vant 2 - 1", "lost 3-3": two bare numbers joined by a dash that did not make a range (the first is not the
     * smaller) are a score.
     */
    private static boolean isScore(List<Token> tokens, QuantityReading quantity) {
        if (quantity.isRange() || !tokens.get(quantity.first.start()).isNumber()) {
            return false;
        }
        int start = quantity.first.start();
        int end = quantity.first.end();
        boolean numberAfter = end + 1 < tokens.size() && isDash(tokens.get(end)) && tokens.get(end + 1).isNumber();
        boolean numberBefore = start >= 2 && isDash(tokens.get(start - 1)) && tokens.get(start - 2).isNumber();
        return numberAfter || numberBefore;
    }

    private static boolean isDash(Token token) {
        return token.is("-") || token.is("–") || token.is("—");
    }

    /** "de to landene", "the two countries": things already known, counted by reference, not a reported count. */
    private boolean isDefiniteReference(List<Token> tokens, NumberMention first) {
        return first.start() > 0 && lexicon.contains("definite-determiners", tokens.get(first.start() - 1));
    }

    /**
     * "TV 2", "«Resistance 2»", "Stonewall 25": digits right after a capitalised word, counting nothing, name it.
     * Inside an English noun phrase they name it even before a noun ("the Galaxy 7 phones"), unless the word is an
     * acronym ("the US 300 jobs"). Norwegian word order puts a subject's name before an object's number ("bruker X
     * 90 prosent").
     */
    private boolean isPartOfName(List<Token> tokens, QuantityReading quantity) {
        int before = quantity.first.start() - 1;
        // "NOK 300 millioner", "USD 40": a currency code in capitals is no name.
        if (quantity.isRange() || before < 0 || !tokens.get(before).isCapitalized()
                || QualifierWords.isCurrencySymbol(tokens.get(before))
                || !tokens.get(quantity.first.start()).isNumber()
                || qualifiers.longestQualifier(tokens, quantity.first.start()) > 0) {
            return false;
        }
        Token name = tokens.get(before);
        boolean acronym = name.text().equals(name.text().toUpperCase(Locale.ROOT));
        if (!quantity.hasHead()) {
            return true;
        }
        boolean countsThings = language == Language.EN && !HeadNouns.isPercent(tokens, quantity.headStart);
        return countsThings && before > 0 && !acronym && isInsideNounPhrase(tokens.get(before - 1));
    }

    private boolean isInsideNounPhrase(Token previous) {
        return previous.isCapitalized() || lexicon.contains("determiners", previous)
                || lexicon.contains("definite-determiners", previous);
    }

    /** "one of them", "one travel expert warned": English "one" that counts no noun is a pronoun or an article. */
    private boolean isBareOne(List<Token> tokens, QuantityReading quantity) {
        return language == Language.EN && !quantity.hasHead() && !quantity.isRange()
                && quantity.qualifier == Qualifier.EXACT && tokens.get(quantity.first.start()).is("one");
    }

    private boolean isExcludedHead(List<Token> tokens, QuantityReading quantity) {
        if (!quantity.hasHead()) {
            return false;
        }
        Token head = tokens.get(quantity.head);
        return lexicon.contains("quantity-exclusion-heads", head) || lexicon.contains("fraction-words", head);
    }

    private boolean isLabelled(List<Token> tokens, NumberMention first) {
        int at = first.start();
        return lexicon.matchEndingAt("number-labels", tokens, at) > 0
                || at > 0 && AGE_LABELS.contains(tokens.get(at - 1).lower());
    }

    private boolean isClockTime(List<Token> tokens, NumberMention first) {
        Token token = tokens.get(first.start());
        boolean dotted = language == Language.NB && CLOCK_NB.matcher(token.text()).matches();
        boolean colon = first.end() + 1 < tokens.size() && tokens.get(first.end()).is(":")
                && tokens.get(first.end() + 1).isNumber();
        boolean minutes = first.start() >= 2 && tokens.get(first.start() - 1).is(":")
                && tokens.get(first.start() - 2).isNumber();
        return dotted || colon || minutes;
    }

    /** "14. mars", "2. verdenskrig": digits, a dot and a lower-case word make an ordinal. */
    private static boolean isOrdinal(List<Token> tokens, NumberMention first) {
        int end = first.end();
        boolean digits = tokens.get(first.start()).isNumber();
        return digits && end + 1 < tokens.size() && tokens.get(end).is(".")
                && tokens.get(end).start() == tokens.get(end - 1).end()
                && Character.isLowerCase(tokens.get(end + 1).text().charAt(0));
    }

    /**
     * "1998", "mellom 2004 og 2006", "i 1918 tok han over", "in 2015 alone": a year or a span of years. After a
     * preposition of time the word after the year is no head noun unless it is a counted plural ("in 2000 homes").
     */
    private boolean isYear(List<Token> tokens, QuantityReading quantity) {
        if (!isYearNumber(tokens, quantity.first) || quantity.isRange() && !isYearNumber(tokens, quantity.second)) {
            return false;
        }
        if (!quantity.hasHead()) {
            return quantity.isRange() || quantity.qualifier == Qualifier.EXACT;
        }
        int start = quantity.first.start();
        return !quantity.isRange() && start > 0 && lexicon.contains("year-prepositions", tokens.get(start - 1))
                && !heads.isCountedPlural(tokens, quantity.first.end());
    }

    private static boolean isYearNumber(List<Token> tokens, NumberMention number) {
        Token token = tokens.get(number.start());
        if (number.end() != number.start() + 1 || !YEAR.matcher(token.text()).matches()) {
            return false;
        }
        int year = Integer.parseInt(token.text());
        return year >= FIRST_YEAR && year <= LAST_YEAR;
    }

    /** "42-åring", "24-timers", "1,000-mile": the number is part of a compound word. */
    private static boolean isCompoundModifier(List<Token> tokens, QuantityReading quantity) {
        Token token = tokens.get(quantity.first.start());
        if (token.isNumber() && COMPOUND.matcher(token.text()).matches()) {
            return true;
        }
        int after = quantity.first.end();
        return !quantity.isRange() && after + 1 < tokens.size() && tokens.get(after).is("-")
                && tokens.get(after + 1).isWord() && tokens.get(after).start() == tokens.get(after - 1).end();
    }

    /** "Per Olsen (52)", "Smith, 45, said": a bare number set off right after a name is the person's age. */
    private static boolean isAge(List<Token> tokens, NumberMention first) {
        int before = first.start() - 1;
        if (before < 1 || first.end() >= tokens.size() || !tokens.get(before - 1).isCapitalized()) {
            return false;
        }
        boolean parentheses = tokens.get(before).is("(") && tokens.get(first.end()).is(")");
        boolean commas = tokens.get(before).is(",") && tokens.get(first.end()).is(",")
                && tokens.get(first.start()).isNumber() && first.end() == first.start() + 1;
        return parentheses || commas;
    }

    private boolean isAfterStreetName(List<Token> tokens, NumberMention first) {
        if (first.start() == 0) {
            return false;
        }
        Token before = tokens.get(first.start() - 1);
        return lexicon.contains("street-suffixes", before) || before.isCapitalized() && isStreetName(before.lower());
    }

    private static boolean isStreetName(String word) {
        return STREET_SUFFIXES.stream().anyMatch(word::endsWith);
    }

    private static boolean isAfterMonth(List<Token> tokens, NumberMention first) {
        return first.start() > 0 && tokens.get(first.start() - 1).isCapitalized()
                && MONTHS.contains(tokens.get(first.start() - 1).lower());
    }

    /** "3 March 2009", "15 mai": a day before its month. */
    private boolean isBeforeMonth(List<Token> tokens, NumberMention first) {
        if (first.end() >= tokens.size() || !tokens.get(first.start()).isNumber()) {
            return false;
        }
        Token next = tokens.get(first.end());
        boolean month = MONTHS.contains(next.lower()) || lexicon.contains("months", next);
        return month && (language == Language.NB || next.isCapitalized());
    }
}
