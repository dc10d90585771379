package no.newsroom.claims.extraction;

import java.util.Locale;
import java.util.Optional;

/** The languages the extractor has rules for. */
public enum Language {
    NB("nb"),
    EN("en");

    private final String code;

    Language(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** Accepts BCP 47 tags; Norwegian Bokmål may arrive as "no" or "nb-NO". */
    public static Optional<Language> fromTag(String tag) {
        if (tag == null || tag.isBlank()) {
            return Optional.empty();
        }
        String primary = tag.toLowerCase(Locale.ROOT).split("[-_]")[0];
        return switch (primary) {
            case "nb", "no", "nn" -> Optional.of(NB);
            case "en" -> Optional.of(EN);
            default -> Optional.empty();
        };
    }
}
