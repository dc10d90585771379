package no.newsroom.claims.extraction;

import no.newsroom.claims.model.Qualifier;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The words before a number that bound it ("minst", "more than", "under") or say it is approximate ("rundt",
 * "about"), looked for in front of any currency sign ("over $4 million").
 */
final class QualifierWords {

    private static final Pattern CURRENCY_COUNTRY = Pattern.compile("\\p{Lu}{1,2}");
    private static final Set<String> CURRENCY_SYMBOLS = Set.of("$", "€", "£", "kr", "nok", "usd", "eur", "gbp");

    private final Lexicon lexicon;

    QualifierWords(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    static boolean isCurrencySymbol(Token token) {
        return CURRENCY_SYMBOLS.contains(token.lower());
    }

    /**
     * Where the quantity's text starts: at its qualifier, else at its currency sign and the country that names the
     * dollar ("NZ $", "US$"), else at the number.
     */
    int qualifierStart(List<Token> tokens, int numberStart) {
        int at = currencyStart(tokens, numberStart);
        return at - longestQualifier(tokens, at);
    }

    private static int currencyStart(List<Token> tokens, int numberStart) {
        int symbol = currencySymbolBefore(tokens, numberStart);
        if (symbol < 0) {
            return numberStart;
        }
        boolean country = symbol > 0 && CURRENCY_COUNTRY.matcher(tokens.get(symbol - 1).text()).matches();
        return country ? symbol - 1 : symbol;
    }

    /** Length in tokens of the qualifier ending just before {@code at}, or 0. */
    int longestQualifier(List<Token> tokens, int at) {
        return Math.max(lexicon.matchEndingAt("qualifier-at-least", tokens, at),
                Math.max(lexicon.matchEndingAt("qualifier-at-most", tokens, at),
                        lexicon.matchEndingAt("qualifier-approximate", tokens, at)));
    }

    Optional<Qualifier> qualifierBefore(List<Token> tokens, int numberStart) {
        int at = currencyStart(tokens, numberStart);
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

    /**
     * Index of the currency sign right before a number, also when it is abbreviated with a dot ("kr. 3000"), or -1.
     */
    static int currencySymbolBefore(List<Token> tokens, int numberStart) {
        if (numberStart > 0 && isCurrencySymbol(tokens.get(numberStart - 1))) {
            return numberStart - 1;
        }
        int symbol = numberStart - 2;
        boolean abbreviated = symbol >= 0 && tokens.get(numberStart - 1).is(".")
                && tokens.get(symbol).end() == tokens.get(numberStart - 1).start();
        return abbreviated && isCurrencySymbol(tokens.get(symbol)) ? symbol : -1;
    }
}
