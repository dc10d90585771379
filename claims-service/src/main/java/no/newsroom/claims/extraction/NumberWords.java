package no.newsroom.claims.extraction;

import com.ibm.icu.text.RuleBasedNumberFormat;
import com.ibm.icu.util.ULocale;
import java.math.BigDecimal;
import java.text.ParsePosition;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads spelled-out numbers ("to tusen fem hundre", "twenty-five") with ICU's rule-based spell-out rules. The words
 * that may start or continue a number are taken from ICU's own spell-out of 0..100 and the powers of ten, so no
 * number table is kept here.
 */
final class NumberWords {

    private static final long[] POWERS = {100, 200, 1_000, 2_000, 1_000_000, 2_000_000, 1_000_000_000L,
        2_000_000_000L};
    // Articles and the words that join parts of a number are not numbers on their own.
    private static final Set<String> NOT_NUMBERS = Set.of("en", "ei", "et", "a", "an", "og", "and");
    // Older Bokmål forms that ICU's Norwegian rules do not know.
    private static final Map<String, String> VARIANTS = Map.of("tyve", "tjue", "syv", "sju", "tredve", "tretti");

    // Scale words Norwegian writes together with the number before them: "tohundre", "tjuefemtusen".
    private static final List<String> JOINED_SCALES = List.of("hundre", "tusen");

    private final RuleBasedNumberFormat format;
    private final Set<String> vocabulary;
    /** ICU spells compounds with a soft hyphen ("tjue\u00ADtre"); text leaves it out, so the parse puts it back. */
    private final Map<String, String> softHyphenated = new HashMap<>();
    private final Map<String, Optional<BigDecimal>> cache = new ConcurrentHashMap<>();

    NumberWords(Language language) {
        ULocale locale = new ULocale(language.code());
        this.format = new RuleBasedNumberFormat(locale, RuleBasedNumberFormat.SPELLOUT);
        this.vocabulary = vocabulary(format, softHyphenated);
        vocabulary.addAll(VARIANTS.keySet());
        vocabulary.removeAll(NOT_NUMBERS);
    }

    boolean isNumberWord(String lowerWord) {
        String word = normalize(lowerWord);
        return vocabulary.contains(word) || joinedScale(word).isPresent();
    }

    /** The value of a whole phrase of number words, or empty when ICU cannot read all of it. */
    Optional<BigDecimal> parse(String phrase) {
        return cache.computeIfAbsent(phrase.toLowerCase(Locale.ROOT), this::parseUncached);
    }

    private Optional<BigDecimal> parseUncached(String phrase) {
        Optional<BigDecimal> value = parseExactly(normalizePhrase(phrase));
        return value.isPresent() ? value : parseExactly(normalizePhrase(phrase).replace(" and ", " "));
    }

    private Optional<BigDecimal> parseExactly(String phrase) {
        ParsePosition position = new ParsePosition(0);
        Number number;
        synchronized (format) {
            number = format.parse(phrase, position);
        }
        if (number == null || position.getIndex() != phrase.length()) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(number.toString()));
    }

    private String normalizePhrase(String phrase) {
        StringBuilder normalized = new StringBuilder();
        for (String word : phrase.split("\\s+")) {
            String plain = normalize(word);
            String spelled = joinedScale(plain).orElse(plain);
            for (String part : spelled.split(" ")) {
                normalized.append(normalized.length() > 0 ? " " : "").append(softHyphenated.getOrDefault(part, part));
            }
        }
        return normalized.toString();
    }

    /** "tohundre" → "to hundre", "tjuefemtusen" → "tjuefem tusen": a number word glued to the scale after it. */
    private Optional<String> joinedScale(String word) {
        for (String scale : JOINED_SCALES) {
            if (word.length() > scale.length() && word.endsWith(scale)) {
                String number = word.substring(0, word.length() - scale.length());
                if (vocabulary.contains(number) && !NOT_NUMBERS.contains(number)) {
                    return Optional.of(number + " " + scale);
                }
            }
        }
        return Optional.empty();
    }

    private static String normalize(String word) {
        String plain = word.replace("\u00AD", "");
        return VARIANTS.getOrDefault(plain, plain);
    }

    private static Set<String> vocabulary(RuleBasedNumberFormat format, Map<String, String> softHyphenated) {
        Set<String> words = new HashSet<>();
        for (String ruleSet : format.getRuleSetNames()) {
            if (ruleSet.startsWith("%spellout-cardinal") || ruleSet.equals("%spellout-numbering")) {
                addSpelledOut(format, ruleSet, words, softHyphenated);
            }
        }
        return words;
    }

    private static void addSpelledOut(RuleBasedNumberFormat format, String ruleSet, Set<String> words,
            Map<String, String> softHyphenated) {
        for (long n = 0; n <= 100; n++) {
            addWords(format.format(n, ruleSet), words, softHyphenated);
        }
        for (long power : POWERS) {
            addWords(format.format(power, ruleSet), words, softHyphenated);
        }
    }

    private static void addWords(String spelledOut, Set<String> words, Map<String, String> softHyphenated) {
        for (String word : spelledOut.toLowerCase(Locale.ROOT).split("\\s+")) {
            String plain = word.replace("\u00AD", "");
            words.add(plain);
            if (!plain.equals(word)) {
                softHyphenated.putIfAbsent(plain, word);
            }
        }
    }
}
