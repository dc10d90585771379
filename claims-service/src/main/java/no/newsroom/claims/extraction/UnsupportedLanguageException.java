package no.newsroom.claims.extraction;

/** The caller asked for a language the extractor has no rules for. */
public class UnsupportedLanguageException extends IllegalArgumentException {

    public UnsupportedLanguageException(String language) {
        super("Unsupported language '" + language + "'; supported: nb, en");
    }
}
