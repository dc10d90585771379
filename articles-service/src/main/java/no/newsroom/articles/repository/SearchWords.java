package no.newsroom.articles.repository;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** How a search text becomes a tsquery, and how the probe of the newest rows tells common words from rare ones. */
final class SearchWords {

    /** How many of the newest rows {@link ArticleListQuery#probe()} checks. */
    static final int PROBED_ROWS = 100;

    private SearchWords() {
    }

    /**
     * Words of the user's text joined with AND; longer words also match as prefixes of their stem, so that
     * "evakuert" (stem "evakuer") also finds "evakuering", which the Norwegian stemmer leaves whole.
     */
    static String toTsQuery(String q) {
        return Arrays.stream(q.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .filter(word -> !word.isEmpty())
                .map(word -> word.length() >= 4 ? word + ":*" : word)
                .collect(Collectors.joining(" & "));
    }

    /**
     * Walking pays about 5 µs per row it checks, collecting about 0.5 µs per match plus a fixed millisecond, so they
     * cost the same when about one row in ten matches. Below that, or when there are too few rows to tell, the
     * matches are collected.
     */
    static boolean commonWords(long hits, long seen) {
        return seen == PROBED_ROWS && hits * 10 >= seen;
    }
}
