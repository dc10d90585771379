package no.newsroom.claims.extraction;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the one number that starts at a token, however it is written: digits with any thousands separator
 * ("300.000", "300 000", "1,000"), a scale word or suffix ("2,5 millioner", "$4.5bn"), number words up to the
 * millions ("en million to hundre tusen", "two and a half million"), a dozen, an explicit zero ("ingen sivile") and
 * "et titall".
 */
final class NumberMentions {

    private static final Set<String> ARTICLES = Set.of("a", "an", "et", "en");
    private static final Set<String> SCALE_AFTER_ARTICLE = Set.of("hundred", "thousand", "million", "billion",
            "hundre", "tusen", "milliard");
    private static final Set<String> DETERMINERS_OF_PRONOUN_ONE = Set.of("the", "this", "that", "no", "each", "any",
            "every", "which");
    private static final Set<String> PRONOUN_ONES = Set.of("one", "én", "ett");
    private static final Set<String> AFTER_PRONOUN_ONE = Set.of("of", "another", "who", "which", "that", "av",
            "annen", "annens", "annet", "som");
    private static final Pattern SUFFIXED = Pattern.compile("([\\d.,]*\\d)(\\p{L}+)");
    private static final Pattern THREE_DIGITS = Pattern.compile("\\d{3}");
    private static final BigDecimal TWELVE = BigDecimal.valueOf(12);
    private static final BigDecimal HALF = new BigDecimal("0.5");
    private static final BigDecimal ONE_AND_A_HALF = new BigDecimal("1.5");

    private final Lexicon lexicon;
    private final NumberWords numberWords;
    private final NumberReader numberReader;
    private final QualifierWords qualifiers;
    private final HeadNouns heads;

    NumberMentions(Language language, Lexicon lexicon, NumberWords numberWords, QualifierWords qualifiers,
            HeadNouns heads) {
        this.lexicon = lexicon;
        this.numberWords = numberWords;
        this.numberReader = new NumberReader(language);
        this.qualifiers = qualifiers;
        this.heads = heads;
    }

    Optional<NumberMention> mentionAt(List<Token> tokens, int i) {
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

    // ---- digits ----

    /** "MH17" or "Su 34" glued to letters is a name, not a number. */
    private static boolean startsInsideWord(List<Token> tokens, int i) {
        return i > 0 && tokens.get(i - 1).end() == tokens.get(i).start() && tokens.get(i - 1).isWord();
    }

    private Optional<NumberMention> digitMention(List<Token> tokens, int i) {
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
                .map(value -> withScale(tokens, new NumberMention(i, groupsEnd, value, BigDecimal.ONE)));
    }

    /** "$4.5bn", "20m": a scale glued to the digits; "21st" and "24h" are not quantities. */
    private Optional<NumberMention> suffixedMention(List<Token> tokens, int i, String digits, String suffix) {
        String scale = lexicon.values("scale-words").get(suffix.toLowerCase(Locale.ROOT));
        if (scale == null) {
            return Optional.empty();
        }
        BigDecimal factor = new BigDecimal(scale);
        return numberReader.read(digits).map(value -> new NumberMention(i, i + 1, value.multiply(factor), factor));
    }

    /** "300 000", also with no-break spaces: a group of exactly three digits one space after a number. */
    private static boolean isDigitGroup(Token previous, Token next) {
        return next.isNumber() && THREE_DIGITS.matcher(next.text()).matches() && next.start() == previous.end() + 1
                && previous.text().length() <= 3;
    }

    private NumberMention withScale(List<Token> tokens, NumberMention mention) {
        int length = lexicon.matchAt("scale-words", tokens, mention.end());
        if (length == 0 || mention.isScaled()) {
            return mention;
        }
        BigDecimal factor = new BigDecimal(lexicon.value("scale-words", tokens, mention.end(), length).orElseThrow());
        return new NumberMention(mention.start(), mention.end() + length, mention.value().multiply(factor), factor);
    }

    // ---- words ----

    private Optional<NumberMention> wordMention(List<Token> tokens, int i) {
        Optional<NumberMention> half = halfOfScale(tokens, i);
        if (half.isPresent()) {
            return half;
        }
        if (isArticleBeforeScale(tokens, i)) {
            return articleNumber(tokens, i);
        }
        if (isQualifiedOne(tokens, i)) {
            return Optional.of(new NumberMention(i, i + 1, BigDecimal.ONE, BigDecimal.ONE));
        }
        if (lexicon.contains("one-and-a-half", tokens.get(i))) {
            return Optional.of(withScale(tokens, new NumberMention(i, i + 1, ONE_AND_A_HALF, BigDecimal.ONE)));
        }
        if (!numberWords.isNumberWord(tokens.get(i).lower()) || isPronounOne(tokens, i) || isVague(tokens, i)) {
            return Optional.empty();
        }
        int end = numberWordsEnd(tokens, i + 1);
        for (int last = end; last > i; last--) {
            Optional<BigDecimal> value = numberWords.parse(joined(tokens, i, last));
            if (value.isPresent()) {
                return Optional.of(multiplied(tokens, withHalf(tokens, new NumberMention(i, last, value.get(),
                        BigDecimal.ONE))));
            }
        }
        return Optional.empty();
    }

    /** "half a million", "en halv million": half of the scale word after it. */
    private Optional<NumberMention> halfOfScale(List<Token> tokens, int i) {
        int length = lexicon.matchAt("half-before-scale", tokens, i);
        int scale = i + length;
        if (length == 0 || scale >= tokens.size()) {
            return Optional.empty();
        }
        return lexicon.value("scale-words", tokens, scale, 1).map(BigDecimal::new)
                .map(factor -> new NumberMention(i, scale + 1, factor.multiply(HALF), factor));
    }

    /**
     * "mindre enn en prosent", "more than a week": after a qualifier the article is the number one. Not after one
     * that is also a preposition of place or time: "under en utredning", "over a bridge" have an article.
     */
    private boolean isQualifiedOne(List<Token> tokens, int i) {
        return lexicon.contains("number-one", tokens.get(i)) && qualifiers.longestQualifier(tokens, i) > 0
                && !lexicon.contains("prepositional-qualifiers", tokens.get(i - 1))
                && i + 1 < tokens.size() && heads.isContentWord(tokens.get(i + 1));
    }

    /** "en million to hundre tusen", "a hundred and twenty": the article is the number one. */
    private Optional<NumberMention> articleNumber(List<Token> tokens, int i) {
        int end = numberWordsEnd(tokens, i + 1);
        for (int last = end; last > i + 1; last--) {
            Optional<BigDecimal> value = numberWords.parse(lexicon.value("number-one", tokens, i, 1).orElseThrow()
                    + " " + joined(tokens, i + 1, last));
            if (value.isPresent()) {
                return Optional.of(withScale(tokens, withHalf(tokens, new NumberMention(i, last, value.get(),
                        BigDecimal.ONE))));
            }
        }
        return Optional.of(multiplied(tokens, new NumberMention(i, i + 1, BigDecimal.ONE, BigDecimal.ONE)));
    }

    private int numberWordsEnd(List<Token> tokens, int from) {
        int end = from;
        while (end < tokens.size() && continuesNumberWords(tokens, end)) {
            end += numberWords.isNumberWord(tokens.get(end).lower()) ? 1 : 2;
        }
        return end;
    }

    /** "to og en halv million", "two and a half million": half a unit more, before the scale word. */
    private NumberMention withHalf(List<Token> tokens, NumberMention mention) {
        int length = lexicon.matchAt("and-a-half", tokens, mention.end());
        if (length == 0) {
            return mention;
        }
        return new NumberMention(mention.start(), mention.end() + length, mention.value().add(HALF),
                mention.scale());
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

    /** "one" is a pronoun in "the one who", "one of them", "no one", "én av dem" and "én annens". */
    private boolean isPronounOne(List<Token> tokens, int i) {
        if (!PRONOUN_ONES.contains(tokens.get(i).lower())) {
            return false;
        }
        boolean determinerBefore = i > 0 && DETERMINERS_OF_PRONOUN_ONE.contains(tokens.get(i - 1).lower());
        boolean pronounAfter = i + 1 < tokens.size() && AFTER_PRONOUN_ONE.contains(tokens.get(i + 1).lower())
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
    private NumberMention multiplied(List<Token> tokens, NumberMention mention) {
        int end = mention.end();
        if (end < tokens.size() && lexicon.contains("dozen-words", tokens.get(end))) {
            return new NumberMention(mention.start(), end + 1, mention.value().multiply(TWELVE), TWELVE);
        }
        if (isArticleBeforeScale(tokens, mention.start())) {
            Optional<BigDecimal> scale = numberWords.parse("one " + tokens.get(end).lower())
                    .or(() -> numberWords.parse(tokens.get(end).lower()));
            return new NumberMention(mention.start(), end + 1, scale.orElse(BigDecimal.ONE), BigDecimal.ONE);
        }
        return withScale(tokens, mention);
    }

    // ---- zero and approximate tens ----

    /** "Ingen sivile", "no civilians", "Ingen ble skadd": an explicit zero. */
    private Optional<NumberMention> zeroMention(List<Token> tokens, int i) {
        int length = lexicon.matchAt("zero-words", tokens, i);
        if (length == 0 || i + length >= tokens.size()) {
            return Optional.empty();
        }
        Token next = tokens.get(i + length);
        boolean countedNounFollows = next.isWord() && heads.isCountedPlural(tokens, i + length);
        boolean verbFollows = next.isWord() && lexicon.contains("stop-words", next)
                && !lexicon.contains("np-prepositions", next) && !next.is("of") && !next.is("av");
        boolean standalone = length > 1 || !Set.of("no", "null").contains(tokens.get(i).lower());
        if (countedNounFollows || verbFollows && standalone) {
            return Optional.of(new NumberMention(i, i + length, BigDecimal.ZERO, BigDecimal.ONE));
        }
        return Optional.empty();
    }

    /** "et titall" is about ten. */
    private Optional<NumberMention> approximateTensMention(List<Token> tokens, int i) {
        if (!ARTICLES.contains(tokens.get(i).lower()) || i + 1 >= tokens.size()) {
            return Optional.empty();
        }
        Token word = tokens.get(i + 1);
        if (lexicon.contains("dozen-words", word) || !lexicon.contains("approximate-tens", word)) {
            return Optional.empty();
        }
        BigDecimal value = new BigDecimal(lexicon.value("approximate-tens", tokens, i + 1, 1).orElseThrow());
        return Optional.of(new NumberMention(i, i + 2, value, BigDecimal.ONE, true));
    }

    private static String joined(List<Token> tokens, int from, int to) {
        StringBuilder phrase = new StringBuilder();
        for (int i = from; i < to; i++) {
            phrase.append(i > from ? " " : "").append(tokens.get(i).lower());
        }
        return phrase.toString();
    }
}
