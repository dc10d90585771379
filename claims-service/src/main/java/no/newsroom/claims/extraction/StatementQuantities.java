package no.newsroom.claims.extraction;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The extractor's number reading for a statement given on its own, for callers outside this package. */
public final class StatementQuantities {

    private static final Map<Language, QuantityParser> PARSERS = new ConcurrentHashMap<>();

    private StatementQuantities() {
    }

    public static List<ExtractedQuantity> read(String statement, Language language) {
        QuantityParser parser = PARSERS.computeIfAbsent(language, QuantityParser::new);
        return parser.parse(statement, Tokenizer.tokenize(statement, 0, statement.length()));
    }
}
