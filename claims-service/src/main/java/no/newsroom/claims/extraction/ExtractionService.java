package no.newsroom.claims.extraction;

import jakarta.enterprise.context.ApplicationScoped;

/** The extraction engine as a CDI bean: one shared, thread-safe {@link ClaimExtractor}. */
@ApplicationScoped
public class ExtractionService {

    private final ClaimExtractor extractor = new ClaimExtractor();

    /**
     * @param language "nb", "en" (or another tag of those), or null to detect it
     * @throws UnsupportedLanguageException for any other language
     */
    public ExtractionResult extract(String text, String language) {
        return extractor.extract(text, language);
    }
}
