package no.newsroom.claims.extraction;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The extraction engine as a CDI bean: one shared, thread-safe {@link ClaimExtractor}. Each text extracted is
 * timed as {@code claims.extraction} (by language, or {@code unsupported}) and its candidates counted as
 * {@code claims.extraction.candidates}.
 */
@ApplicationScoped
public class ExtractionService {

    static final String DURATION = "claims.extraction";
    static final String CANDIDATES = "claims.extraction.candidates";

    private final ClaimExtractor extractor = new ClaimExtractor();
    private final MeterRegistry registry;

    public ExtractionService(MeterRegistry registry) {
        this.registry = registry;
    }

    /**
     * @param language "nb", "en" (or another tag of those), or null to detect it
     * @throws UnsupportedLanguageException for any other language
     */
    public ExtractionResult extract(String text, String language) {
        Timer.Sample sample = Timer.start(registry);
        String measuredLanguage = "unsupported";
        try {
            ExtractionResult result = extractor.extract(text, language);
            measuredLanguage = result.language();
            Counter.builder(CANDIDATES).tag("language", measuredLanguage).register(registry)
                    .increment(result.candidates().size());
            return result;
        } finally {
            sample.stop(Timer.builder(DURATION).tag("language", measuredLanguage)
                    .publishPercentileHistogram().register(registry));
        }
    }
}
