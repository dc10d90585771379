package no.newsroom.articles.domain;

import java.text.Normalizer;
import java.util.Locale;

/** URL slugs from titles: lower case ASCII words joined by hyphens, Norwegian letters spelled out. */
public final class Slugs {

    static final int MAX_LENGTH = 120;

    private Slugs() {
    }

    public static String fromTitle(String title) {
        String spelled = title.toLowerCase(Locale.ROOT)
                .replace("æ", "ae")
                .replace("ø", "o")
                .replace("å", "a")
                .replace("ß", "ss");
        String ascii = Normalizer.normalize(spelled, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (slug.length() > MAX_LENGTH) {
            slug = slug.substring(0, MAX_LENGTH).replaceAll("-+$", "");
        }
        return slug.isEmpty() ? "article" : slug;
    }

    public static String withSuffix(String slug, int attempt) {
        return attempt <= 1 ? slug : slug + "-" + attempt;
    }
}
