package no.newsroom.claims.extraction;

import no.newsroom.claims.model.Qualifier;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the counts, percentages and amounts of money in a claim sentence, with their qualifier and head noun. Dates,
 * clock times, years, durations, ages, street and model numbers, fractions and vague plurals are left out.
 */
final class QuantityParser {

    private static final Set<String> CURRENCY_SYMBOLS = Set.of("$", "€", "£", "kr", "nok", "usd", "eur", "gbp");
    private static final Set<String> PERCENT_WORDS = Set.of("%", "prosent", "percent", "prosentpoeng");
    private static final Set<String> DASHES = Set.of("–", "-", "—");
    private static final Set<String> ARTICLES = Set.of("a", "an", "et", "en");
    private static final Set<String> SCALE_AFTER_ARTICLE = Set.of("hundred", "thousand", "million", "billion",
            "hundre", "tusen", "milliard");
    private static final Set<String> MONTHS = Set.of("january", "february", "march", "april", "june", "july",
            "august", "september", "october", "november", "december", "jan", "feb", "aug", "sept", "oct", "nov", "dec");
    // Norwegian street names are single words: "Storgata 5", "Kirkeveien 12".
    private static final List<String> STREET_SUFFIXES = List.of("gate", "gata", "veien", "vegen", "vei", "torget");
    private static final Pattern SUFFIXED = Pattern.compile("([\\d.,]*\\d)(\\p{L}+)");
    private static final Pattern CLOCK_NB = Pattern.compile("([01]?\\d|2[0-3])\\.[0-5]\\d");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern THREE_DIGITS = Pattern.compile("\\d{3}");
    private static final BigDecimal TWELVE = BigDecimal.valueOf(12);
    private static final BigDecimal HALF = new BigDecimal("0.5");
    private static final BigDecimal ONE_AND_A_HALF = new BigDecimal("1.5");
    private static final int FIRST_YEAR = 1800;
    private static final int LAST_YEAR = 2100;
    private static final int MAX_WORDS_TO_HEAD = 4;

    private final Language language;
    private final Lexicon lexicon;
    private final NumberWords numberWords;
    private final NumberReader numberReader;

    QuantityParser(Language language) {
        this.language = language;
        this.lexicon = Lexicon.of(language);
        this.numberWords = new NumberWords(language);
        this.numberReader = new NumberReader(language);
    }

    List<ExtractedQuantity> parse(String text, List<Token> tokens) {
        List<ExtractedQuantity> quantities = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Optional<Mention> mention = mentionAt(tokens, i);
            if (mention.isEmpty()) {
                i++;
                continue;
            }
            Quantity quantity = complete(tokens, mention.get());
            if (!isExcluded(tokens, quantity)) {
                quantities.add(quantity.toExtracted(text, tokens));
            }
            i = Math.max(quantity.endToken, mention.get().end);
        }
        return quantities;
    }

    // ---- finding one number ----

    private Optional<Mention> mentionAt(List<Token> tokens, int i) {
        Token token = tokens.get(i);
        if (token.isNumber()) {
            return startsInsideWord(tokens, i) ? Optional.empty() : digitMention(tokens, i);
        }
        if (!token.isWord()) {
            return Optional.empty();
        }
        return zeroMention(tokens, i)
                .or(() -> approximateTensMention(tokens, i))
                .or(() -> wordMention(tokens, i));
    }

    /** "MH17" or "Su 34" glued to letters is a name, not a number. */
    private static boolean startsInsideWord(List<Token> tokens, int i) {
        return i > 0 && tokens.get(i - 1).end() == tokens.get(i).start() && tokens.get(i - 1).isWord();
    }

    private Optional<Mention> digitMention(List<Token> tokens, int i) {
        Matcher suffixed = SUFFIXED.matcher(tokens.get(i).text());
        if (suffixed.matches()) {
            return suffixedMention(tokens, i, suffixed.group(1), suffixed.group(2));
        }
        int end = i + 1;
        StringBuilder digits = new StringBuilder(tokens.get(i).text());
        while (end < tokens.size() && isDigitGroup(tokens.get(end - 1), tokens.get(end))) {
            digits.append(tokens.get(end).text());
            end++;
        }
        int groupsEnd = end;
        return numberReader.read(digits.toString())
                .map(value -> withScale(tokens, new Mention(i, groupsEnd, value, BigDecimal.ONE)));
    }

    /** "$4.5bn", "20m": a scale glued to the digits; "21st" and "24h" are not quantities. */
    private Optional<Mention> suffixedMention(List<Token> tokens, int i, String digits, String suffix) {
        String scale = lexicon.values("scale-words").get(suffix.toLowerCase(Locale.ROOT));
        if (scale == null) {
            return Optional.empty();
        }
        BigDecimal factor = new BigDecimal(scale);
        return numberReader.read(digits).map(value -> new Mention(i, i + 1, value.multiply(factor), factor));
    }

    /** "300 000", also with no-break spaces: a group of exactly three digits one space after a number. */
    private static boolean isDigitGroup(Token previous, Token next) {
        return next.isNumber() && THREE_DIGITS.matcher(next.text()).matches() && next.start() == previous.end() + 1
                && previous.text().length() <= 3;
    }

    private Mention withScale(List<Token> tokens, Mention mention) {
        int length = lexicon.matchAt("scale-words", tokens, mention.end);
        if (length == 0 || mention.scale.compareTo(BigDecimal.ONE) != 0) {
            return mention;
        }
        BigDecimal factor = new BigDecimal(lexicon.value("scale-words", tokens, mention.end, length).orElseThrow());
        return new Mention(mention.start, mention.end + length, mention.value.multiply(factor), factor);
    }

    private Optional<Mention> wordMention(List<Token> tokens, int i) {
        if (isArticleBeforeScale(tokens, i)) {
            return articleNumber(tokens, i);
        }
        if (isQualifiedOne(tokens, i)) {
            return Optional.of(new Mention(i, i + 1, BigDecimal.ONE, BigDecimal.ONE));
        }
        if (lexicon.contains("one-and-a-half", tokens.get(i))) {
            return Optional.of(withScale(tokens, new Mention(i, i + 1, ONE_AND_A_HALF, BigDecimal.ONE)));
        }
        if (!numberWords.isNumberWord(tokens.get(i).lower()) || isPronounOne(tokens, i) || isVague(tokens, i)) {
            return Optional.empty();
        }
        int end = numberWordsEnd(tokens, i + 1);
        for (int last = end; last > i; last--) {
            Optional<BigDecimal> value = numberWords.parse(joined(tokens, i, last));
            if (value.isPresent()) {
                return Optional.of(multiplied(tokens, withHalf(tokens, new Mention(i, last, value.get(),
                        BigDecimal.ONE))));
            }
        }
        return Optional.empty();
    }

    /** "mindre enn en prosent", "more than a week": after a qualifier the article is the number one. */
    private boolean isQualifiedOne(List<Token> tokens, int i) {
        return lexicon.contains("number-one", tokens.get(i)) && longestQualifier(tokens, i) > 0
                && i + 1 < tokens.size() && isContentWord(tokens.get(i + 1));
    }

    /** "en million to hundre tusen", "a hundred and twenty": the article is the number one. */
    private Optional<Mention> articleNumber(List<Token> tokens, int i) {
        int end = numberWordsEnd(tokens, i + 1);
        for (int last = end; last > i + 1; last--) {
            Optional<BigDecimal> value = numberWords.parse(lexicon.value("number-one", tokens, i, 1).orElseThrow()
                    + " " + joined(tokens, i + 1, last));
            if (value.isPresent()) {
                return Optional.of(withScale(tokens, withHalf(tokens, new Mention(i, last, value.get(),
                        BigDecimal.ONE))));
            }
        }
        return Optional.of(multiplied(tokens, new Mention(i, i + 1, BigDecimal.ONE, BigDecimal.ONE)));
    }

    private int numberWordsEnd(List<Token> tokens, int from) {
        int end = from;
        while (end < tokens.size() && continuesNumberWords(tokens, end)) {
            end += numberWords.isNumberWord(tokens.get(end).lower()) ? 1 : 2;
        }
        return end;
    }

    /** "to og en halv million", "two and a half million": half a unit more, before the scale word. */
    private Mention withHalf(List<Token> tokens, Mention mention) {
        int length = lexicon.matchAt("and-a-half", tokens, mention.end);
        if (length == 0) {
            return mention;
        }
        return new Mention(mention.start, mention.end + length, mention.value.add(HALF), mention.scale);
    }

    /** "flere hundre", "several thousand": a scale word after a vague word is no number. */
    private boolean isVague(List<Token> tokens, int i) {
        Token token = tokens.get(i);
        boolean scaleWord = SCALE_AFTER_ARTICLE.contains(token.lower()) || lexicon.contains("scale-words", token);
        return scaleWord && lexicon.matchEndingAt("vague-quantities", tokens, i) > 0;
    }

    private boolean continuesNumberWords(List<Token> tokens, int index) {
        if (numberWords.isNumberWord(tokens.get(index).lower())) {
            return true;
        }
        return lexicon.contains("number-fillers", tokens.get(index)) && index + 1 < tokens.size()
                && numberWords.isNumberWord(tokens.get(index + 1).lower());
    }

    private boolean isArticleBeforeScale(List<Token> tokens, int i) {
        return ARTICLES.contains(tokens.get(i).lower()) && i + 1 < tokens.size()
                && (lexicon.contains("dozen-words", tokens.get(i + 1))
                || SCALE_AFTER_ARTICLE.contains(tokens.get(i + 1).lower()));
    }

    /** "one" is a pronoun in "the one who", "one of them" and "no one". */
    private boolean isPronounOne(List<Token> tokens, int i) {
        if (!tokens.get(i).is("one")) {
            return false;
        }
        boolean determinerBefore = i > 0 && Set.of("the", "this", "that", "no", "each", "any", "every", "which")
                .contains(tokens.get(i - 1).lower());
        boolean pronounAfter = i + 1 < tokens.size()
                && Set.of("of", "another", "who", "which", "that").contains(tokens.get(i + 1).lower())
                && !hasNumberWithin(tokens, i + 2, i + 5);
        return determinerBefore || pronounAfter;
    }

    private boolean hasNumberWithin(List<Token> tokens, int from, int to) {
        for (int j = from; j < Math.min(to, tokens.size()); j++) {
            if (tokens.get(j).isNumber() || numberWords.isNumberWord(tokens.get(j).lower())) {
                return true;
            }
        }
        return false;
    }

    /** "two dozen" is 24, "a hundred" is 100; other scale words are already inside the ICU phrase. */
    private Mention multiplied(List<Token> tokens, Mention mention) {
        if (mention.end < tokens.size() && lexicon.contains("dozen-words", tokens.get(mention.end))) {
            return new Mention(mention.start, mention.end + 1, mention.value.multiply(TWELVE), TWELVE);
        }
        if (isArticleBeforeScale(tokens, mention.start)) {
            Optional<BigDecimal> scale = numberWords.parse("one " + tokens.get(mention.end).lower())
                    .or(() -> numberWords.parse(tokens.get(mention.end).lower()));
            return new Mention(mention.start, mention.end + 1, scale.orElse(BigDecimal.ONE), BigDecimal.ONE);
        }
        return withScale(tokens, mention);
    }

    /** "Ingen sivile", "no civilians", "Ingen ble skadd": an explicit zero. */
    private Optional<Mention> zeroMention(List<Token> tokens, int i) {
        int length = lexicon.matchAt("zero-words", tokens, i);
        if (length == 0 || i + length >= tokens.size()) {
            return Optional.empty();
        }
        Token next = tokens.get(i + length);
        boolean countedNounFollows = next.isWord() && isCountedPlural(tokens, i + length);
        boolean verbFollows = next.isWord() && lexicon.contains("stop-words", next)
                && !lexicon.contains("np-prepositions", next) && !next.is("of") && !next.is("av");
        boolean standalone = length > 1 || !Set.of("no", "null").contains(tokens.get(i).lower());
        if (countedNounFollows || verbFollows && standalone) {
            return Optional.of(new Mention(i, i + length, BigDecimal.ZERO, BigDecimal.ONE));
        }
        return Optional.empty();
    }

    private boolean isCountedPlural(List<Token> tokens, int index) {
        int head = headNoun(tokens, index);
        if (head < 0) {
            return false;
        }
        String word = tokens.get(head).lower();
        boolean plural = language == Language.NB
                ? word.endsWith("er") || word.endsWith("re") || word.endsWith("ene")
                : word.endsWith("s") && !word.endsWith("ss");
        return plural || lexicon.contains("nominalized-plurals", tokens.get(head));
    }

    /** "et titall" is about ten. */
    private Optional<Mention> approximateTensMention(List<Token> tokens, int i) {
        if (!ARTICLES.contains(tokens.get(i).lower()) || i + 1 >= tokens.size()) {
            return Optional.empty();
        }
        Token word = tokens.get(i + 1);
        if (lexicon.contains("dozen-words", word) || !lexicon.contains("approximate-tens", word)) {
            return Optional.empty();
        }
        BigDecimal value = new BigDecimal(lexicon.value("approximate-tens", tokens, i + 1, 1).orElseThrow());
        Mention mention = new Mention(i, i + 2, value, BigDecimal.ONE);
        mention.approximate = true;
        return Optional.of(mention);
    }

    // ---- from a number to a quantity ----

    private Quantity complete(List<Token> tokens, Mention first) {
        Quantity quantity = range(tokens, first).orElseGet(() -> single(tokens, first));
        return withHead(tokens, quantity);
    }

    private Quantity single(List<Token> tokens, Mention first) {
        Quantity quantity = new Quantity(first, null, qualifierStart(tokens, first.start), first.end);
        Qualifier fallback = first.approximate ? Qualifier.APPROXIMATE : Qualifier.EXACT;
        quantity.qualifier = qualifierBefore(tokens, first.start).orElse(fallback);
        extendOverWhole(tokens, quantity);
        return quantity;
    }

    private Optional<Quantity> range(List<Token> tokens, Mention first) {
        int opener = rangeOpener(tokens, first.start);
        int joinerLength = rangeJoinerLength(tokens, first.end, opener);
        if (joinerLength == 0 || first.end + joinerLength >= tokens.size()) {
            return Optional.empty();
        }
        Optional<Mention> upper = mentionAt(tokens, first.end + joinerLength);
        if (upper.isEmpty() || upper.get().value.signum() == 0) {
            return Optional.empty();
        }
        Mention lower = first.withScaleOf(upper.get());
        if (lower.value.compareTo(upper.get().value) >= 0) {
            return Optional.empty();
        }
        int start = qualifierStart(tokens, opener >= 0 ? opener : first.start);
        Quantity quantity = new Quantity(lower, upper.get(), start, upper.get().end);
        quantity.qualifier = Qualifier.RANGE;
        return Optional.of(quantity);
    }

    /** Index of "mellom", "between", "fra" or "from" right before the number, or -1. */
    private int rangeOpener(List<Token> tokens, int numberStart) {
        int index = numberStart - 1;
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

    private int qualifierStart(List<Token> tokens, int numberStart) {
        int at = hasCurrencyBefore(tokens, numberStart) ? numberStart - 1 : numberStart;
        return at - longestQualifier(tokens, at);
    }

    private boolean hasCurrencyBefore(List<Token> tokens, int index) {
        return index > 0 && CURRENCY_SYMBOLS.contains(tokens.get(index - 1).lower());
    }

    private int longestQualifier(List<Token> tokens, int at) {
        return Math.max(lexicon.matchEndingAt("qualifier-at-least", tokens, at),
                Math.max(lexicon.matchEndingAt("qualifier-at-most", tokens, at),
                        lexicon.matchEndingAt("qualifier-approximate", tokens, at)));
    }

    private Optional<Qualifier> qualifierBefore(List<Token> tokens, int numberStart) {
        int at = hasCurrencyBefore(tokens, numberStart) ? numberStart - 1 : numberStart;
        int atLeast = lexicon.matchEndingAt("qualifier-at-least", tokens, at);
        int atMost = lexicon.matchEndingAt("qualifier-at-most", tokens, at);
        int approximate = lexicon.matchEndingAt("qualifier-approximate", tokens, at);
        int best = Math.max(atLeast, Math.max(atMost, approximate));
        if (best == 0) {
            return Optional.empty();
        }
        if (best == atLeast) {
            return Optional.of(Qualifier.AT_LEAST);
        }
        return Optional.of(best == atMost ? Qualifier.AT_MOST : Qualifier.APPROXIMATE);
    }

    /** "19 av landets 24 regioner": one quantity, the part, running on to the noun of the whole. */
    private void extendOverWhole(List<Token> tokens, Quantity quantity) {
        int index = quantity.endToken;
        if (index >= tokens.size() || !(tokens.get(index).is("av") || tokens.get(index).is("of"))) {
            return;
        }
        for (int j = index + 1; j < Math.min(tokens.size(), index + 4); j++) {
            if (tokens.get(j).isPunctuation()) {
                return;
            }
            Optional<Mention> whole = mentionAt(tokens, j);
            if (whole.isPresent()) {
                if (whole.get().value.compareTo(quantity.first.value) >= 0) {
                    quantity.endToken = whole.get().end;
                }
                return;
            }
        }
    }

    private Quantity withHead(List<Token> tokens, Quantity quantity) {
        int index = quantity.endToken;
        if (index < tokens.size() && isPercent(tokens, index)) {
            int length = tokens.get(index).is("per") ? 2 : 1;
            quantity.setHead(index, index + length - 1);
            return quantity;
        }
        int head = headNoun(tokens, index);
        if (head >= 0) {
            quantity.setHead(head, head);
        }
        return quantity;
    }

    private static boolean isPercent(List<Token> tokens, int index) {
        Token token = tokens.get(index);
        return PERCENT_WORDS.contains(token.lower())
                || token.is("per") && index + 1 < tokens.size() && tokens.get(index + 1).is("cent");
    }

    /** The noun a number counts, after any adjectives ("fire russiske fly"), or -1 when the noun is left out. */
    private int headNoun(List<Token> tokens, int index) {
        for (int j = index; j < Math.min(tokens.size(), index + MAX_WORDS_TO_HEAD); j++) {
            Token token = tokens.get(j);
            if (!isContentWord(token)) {
                return -1;
            }
            boolean nextIsContent = j + 1 < tokens.size() && isContentWord(tokens.get(j + 1));
            if (!nextIsContent) {
                return isVerbForm(token) ? -1 : j;
            }
            if (!isModifier(token)) {
                return j;
            }
        }
        return -1;
    }

    private boolean isModifier(Token token) {
        String word = token.lower();
        if (language == Language.NB) {
            return word.endsWith("e") && !word.endsWith("ere");
        }
        boolean plural = word.endsWith("s") && !word.endsWith("ss");
        return !plural && !lexicon.contains("nominalized-plurals", token);
    }

    private boolean isVerbForm(Token token) {
        String word = token.lower();
        return language == Language.EN && !lexicon.contains("nominalized-plurals", token)
                && (word.endsWith("ed") || word.endsWith("ing"));
    }

    private boolean isContentWord(Token token) {
        return token.isWord() && !lexicon.contains("stop-words", token) && !lexicon.contains("determiners", token)
                && !lexicon.contains("np-prepositions", token) && !lexicon.contains("time-words", token)
                && !numberWords.isNumberWord(token.lower()) && !lexicon.contains("number-fillers", token)
                && !lexicon.contains("reporting-verbs", token) && (language == Language.EN || !token.isCapitalized());
    }

    // ---- what is not a quantity ----

    private boolean isExcluded(List<Token> tokens, Quantity quantity) {
        Mention first = quantity.first;
        return isExcludedHead(tokens, quantity) || isLabelled(tokens, first) || isClockTime(tokens, first)
                || isOrdinal(tokens, first) || isYear(tokens, quantity) || isCompoundModifier(tokens, quantity)
                || isAgeInParentheses(tokens, first) || isAfterStreetName(tokens, first)
                || isAfterMonth(tokens, first) || isDefiniteReference(tokens, first) || isPartOfName(tokens, quantity);
    }

    /** "de to landene", "the two countries": things already known, counted by reference, not a reported count. */
    private boolean isDefiniteReference(List<Token> tokens, Mention first) {
        return first.start > 0 && lexicon.contains("definite-determiners", tokens.get(first.start - 1));
    }

    /** "TV 2", "«Resistance 2»", "Stonewall 25": digits right after a capitalised word, counting nothing, name it. */
    private boolean isPartOfName(List<Token> tokens, Quantity quantity) {
        int before = quantity.first.start - 1;
        return quantity.head < 0 && quantity.second == null && before >= 0 && tokens.get(before).isCapitalized()
                && tokens.get(quantity.first.start).isNumber() && longestQualifier(tokens, quantity.first.start) == 0;
    }

    private boolean isExcludedHead(List<Token> tokens, Quantity quantity) {
        if (quantity.head < 0) {
            return false;
        }
        Token head = tokens.get(quantity.head);
        return lexicon.contains("quantity-exclusion-heads", head) || lexicon.contains("fraction-words", head);
    }

    private boolean isLabelled(List<Token> tokens, Mention first) {
        int at = first.start;
        return lexicon.matchEndingAt("number-labels", tokens, at) > 0
                || at > 0 && Set.of("aged", "age", "alder").contains(tokens.get(at - 1).lower());
    }

    private boolean isClockTime(List<Token> tokens, Mention first) {
        Token token = tokens.get(first.start);
        boolean dotted = language == Language.NB && CLOCK_NB.matcher(token.text()).matches();
        boolean colon = first.end + 1 < tokens.size() && tokens.get(first.end).is(":")
                && tokens.get(first.end + 1).isNumber();
        return dotted || colon;
    }

    /** "14. mars", "2. verdenskrig": digits, a dot and a lower-case word make an ordinal. */
    private static boolean isOrdinal(List<Token> tokens, Mention first) {
        boolean digits = tokens.get(first.start).isNumber();
        return digits && first.end + 1 < tokens.size() && tokens.get(first.end).is(".")
                && tokens.get(first.end).start() == tokens.get(first.end - 1).end()
                && Character.isLowerCase(tokens.get(first.end + 1).text().charAt(0));
    }

    private static boolean isYear(List<Token> tokens, Quantity quantity) {
        Token token = tokens.get(quantity.first.start);
        if (!YEAR.matcher(token.text()).matches() || quantity.second != null || quantity.head >= 0
                || quantity.qualifier != Qualifier.EXACT) {
            return false;
        }
        int year = Integer.parseInt(token.text());
        return year >= FIRST_YEAR && year <= LAST_YEAR;
    }

    /** "42-åring", "24-timers", "1,000-mile": the number is part of a compound word. */
    private static boolean isCompoundModifier(List<Token> tokens, Quantity quantity) {
        Token token = tokens.get(quantity.first.start);
        if (token.isNumber() && token.text().matches(".*\\d[-–]\\p{L}.*")) {
            return true;
        }
        int after = quantity.first.end;
        return quantity.second == null && after + 1 < tokens.size() && tokens.get(after).is("-")
                && tokens.get(after + 1).isWord() && tokens.get(after).start() == tokens.get(after - 1).end();
    }

    private static boolean isAgeInParentheses(List<Token> tokens, Mention first) {
        int before = first.start - 1;
        return before >= 1 && tokens.get(before).is("(") && tokens.get(before - 1).isCapitalized()
                && first.end < tokens.size() && tokens.get(first.end).is(")");
    }

    private boolean isAfterStreetName(List<Token> tokens, Mention first) {
        if (first.start == 0) {
            return false;
        }
        Token before = tokens.get(first.start - 1);
        return lexicon.contains("street-suffixes", before) || before.isCapitalized() && isStreetName(before.lower());
    }

    private static boolean isStreetName(String word) {
        for (String suffix : STREET_SUFFIXES) {
            if (word.endsWith(suffix)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isAfterMonth(List<Token> tokens, Mention first) {
        return first.start > 0 && tokens.get(first.start - 1).isCapitalized()
                && MONTHS.contains(tokens.get(first.start - 1).lower());
    }

    private static String joined(List<Token> tokens, int from, int to) {
        StringBuilder phrase = new StringBuilder();
        for (int i = from; i < to; i++) {
            phrase.append(i > from ? " " : "").append(tokens.get(i).lower());
        }
        return phrase.toString();
    }

    /** A number as read from the text: its tokens [start, end), its value and the scale word it carried. */
    private static final class Mention {
        final int start;
        final int end;
        final BigDecimal value;
        final BigDecimal scale;
        boolean approximate;

        Mention(int start, int end, BigDecimal value, BigDecimal scale) {
            this.start = start;
            this.end = end;
            this.value = value;
            this.scale = scale;
        }

        /** "1–2 millioner": a lower bound without a scale word takes the one written after the upper bound. */
        Mention withScaleOf(Mention upper) {
            boolean unscaled = scale.compareTo(BigDecimal.ONE) == 0 && upper.scale.compareTo(BigDecimal.ONE) > 0;
            if (!unscaled || value.multiply(upper.scale).compareTo(upper.value) >= 0) {
                return this;
            }
            return new Mention(start, end, value.multiply(upper.scale), upper.scale);
        }
    }

    /** A number, or both bounds of a range, and the tokens [startToken, endToken) its text runs over. */
    private static final class Quantity {
        final Mention first;
        final Mention second;
        final int startToken;
        int endToken;
        int headStart = -1;
        int head = -1;
        Qualifier qualifier = Qualifier.EXACT;

        Quantity(Mention first, Mention second, int startToken, int endToken) {
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

        ExtractedQuantity toExtracted(String text, List<Token> tokens) {
            String written = text.substring(tokens.get(startToken).start(), tokens.get(endToken - 1).end());
            String unit = unit(text, tokens);
            if (second != null) {
                return ExtractedQuantity.range(written, first.value, second.value, unit);
            }
            return ExtractedQuantity.of(written, first.value, qualifier, unit);
        }

        private String unit(String text, List<Token> tokens) {
            if (head >= 0) {
                return text.substring(tokens.get(headStart).start(), tokens.get(head).end());
            }
            int symbol = first.start - 1;
            boolean currency = symbol >= startToken && CURRENCY_SYMBOLS.contains(tokens.get(symbol).lower());
            return currency ? tokens.get(symbol).text() : null;
        }
    }
}
