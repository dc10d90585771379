package no.newsroom.claims.extraction;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads numbers written with digits the way each language writes them: Norwegian "300.000" and "300 000" group
 * thousands and "1,5" has a decimal comma; English "1,000" groups thousands and "1.5" has a decimal point.
 */
final class NumberReader {

    private static final Pattern NB_GROUPED = Pattern.compile("\\d{1,3}(\\.\\d{3})+(,\\d+)?");
    private static final Pattern NB_PLAIN = Pattern.compile("\\d+(,\\d+)?");
    private static final Pattern NB_DOTTED = Pattern.compile("\\d+\\.\\d+");
    private static final Pattern EN_GROUPED = Pattern.compile("\\d{1,3}(,\\d{3})+(\\.\\d+)?");
    private static final Pattern APOSTROPHE_GROUPED = Pattern.compile("\\d{1,3}+(?:['’]\\d{3}+)++(?:[.,]\\d++)?+");
    private static final Pattern EN_PLAIN = Pattern.compile("\\d+(\\.\\d+)?");

    private final Language language;

    NumberReader(Language language) {
        this.language = language;
    }

    /** The value of digits as written, with any space-separated groups already joined; empty if unreadable. */
    Optional<BigDecimal> read(String written) {
        String joined = written.replaceAll("[\\s\\u00A0\\u2007\\u2009\\u202F]", "");
        // "1'200" and "1’200": an apostrophe groups thousands the way a space does.
        String digits = APOSTROPHE_GROUPED.matcher(joined).matches() ? joined.replaceAll("['’]", "") : joined;
        return language == Language.NB ? readNorwegian(digits) : readEnglish(digits);
    }

    private static Optional<BigDecimal> readNorwegian(String digits) {
        if (NB_GROUPED.matcher(digits).matches()) {
            return Optional.of(new BigDecimal(digits.replace(".", "").replace(',', '.')));
        }
        if (NB_PLAIN.matcher(digits).matches()) {
            return Optional.of(new BigDecimal(digits.replace(',', '.')));
        }
        return NB_DOTTED.matcher(digits).matches() ? Optional.of(new BigDecimal(digits)) : Optional.empty();
    }

    private static Optional<BigDecimal> readEnglish(String digits) {
        if (EN_GROUPED.matcher(digits).matches()) {
            return Optional.of(new BigDecimal(digits.replace(",", "")));
        }
        return EN_PLAIN.matcher(digits).matches() ? Optional.of(new BigDecimal(digits)) : Optional.empty();
    }
}
