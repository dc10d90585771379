package no.newsroom.claims.domain;

import java.util.Optional;

/**
 * Finds an anchored quote again after its block was edited: first verbatim, then ignoring case and runs of
 * whitespace, then the most similar passage. A fuzzy match must be at least {@value #MIN_SIMILARITY} similar by
 * Levenshtein distance; below that the anchor is reported lost rather than pointed at text that says something else.
 * Among equally good matches the one nearest the old position wins.
 */
public final class AnchorRelocator {

    public static final double MIN_SIMILARITY = 0.85;

    private AnchorRelocator() {
    }

    public static Optional<Relocation> relocate(String quote, int previousStart, String newText) {
        if (quote.isEmpty() || newText.isEmpty()) {
            return Optional.empty();
        }
        int exact = nearestOccurrence(newText, quote, previousStart);
        if (exact >= 0) {
            return Optional.of(new Relocation(exact, exact + quote.length(), quote, Relocation.Method.EXACT, 1.0));
        }
        NormalizedText text = NormalizedText.of(newText);
        String pattern = NormalizedText.of(quote).value().strip();
        if (pattern.isEmpty()) {
            return Optional.empty();
        }
        int normalizedPrevious = text.normalizedIndexOf(previousStart);
        int normalized = nearestOccurrence(text.value(), pattern, normalizedPrevious);
        if (normalized >= 0) {
            return Optional.of(found(newText, text, normalized, normalized + pattern.length(),
                    Relocation.Method.NORMALIZED, 1.0));
        }
        return fuzzy(newText, text, pattern, normalizedPrevious);
    }

    private static int nearestOccurrence(String text, String pattern, int previousStart) {
        int best = -1;
        for (int at = text.indexOf(pattern); at >= 0; at = text.indexOf(pattern, at + 1)) {
            if (best < 0 || Math.abs(at - previousStart) < Math.abs(best - previousStart)) {
                best = at;
            }
        }
        return best;
    }

    /**
     * Approximate substring matching (Sellers): the edit distance of the pattern to the best substring of the text
     * ending at each position, computed column by column while remembering where that substring starts.
     */
    private static Optional<Relocation> fuzzy(String original, NormalizedText text, String pattern,
                                              int previousStart) {
        String t = text.value();
        int m = pattern.length();
        int[] distance = new int[m + 1];
        int[] start = new int[m + 1];
        for (int i = 0; i <= m; i++) {
            distance[i] = i;
        }
        double bestSimilarity = -1;
        int bestStart = -1;
        int bestEnd = -1;
        for (int j = 1; j <= t.length(); j++) {
            int diagonalDistance = distance[0];
            int diagonalStart = start[0];
            distance[0] = 0;
            start[0] = j;
            for (int i = 1; i <= m; i++) {
                int aboveDistance = distance[i];
                int aboveStart = start[i];
                int substitution = diagonalDistance + (pattern.charAt(i - 1) == t.charAt(j - 1) ? 0 : 1);
                int skipText = aboveDistance + 1;
                int skipPattern = distance[i - 1] + 1;
                if (substitution <= skipText && substitution <= skipPattern) {
                    distance[i] = substitution;
                    start[i] = diagonalStart;
                } else if (skipText <= skipPattern) {
                    distance[i] = skipText;
                    start[i] = aboveStart;
                } else {
                    distance[i] = skipPattern;
                    start[i] = start[i - 1];
                }
                diagonalDistance = aboveDistance;
                diagonalStart = aboveStart;
            }
            int windowLength = j - start[m];
            double similarity = 1.0 - (double) distance[m] / Math.max(m, windowLength);
            boolean better = similarity > bestSimilarity + 1e-9 || (Math.abs(similarity - bestSimilarity) <= 1e-9
                    && Math.abs(start[m] - previousStart) < Math.abs(bestStart - previousStart));
            if (better) {
                bestSimilarity = similarity;
                bestStart = start[m];
                bestEnd = j;
            }
        }
        if (bestSimilarity < MIN_SIMILARITY) {
            return Optional.empty();
        }
        return Optional.of(found(original, text, bestStart, bestEnd, Relocation.Method.FUZZY, bestSimilarity));
    }

    private static Relocation found(String original, NormalizedText text, int normalizedStart, int normalizedEnd,
                                    Relocation.Method method, double similarity) {
        int start = text.originalIndex(normalizedStart);
        int end = text.originalIndex(normalizedEnd - 1) + 1;
        while (start < end && isSpace(original.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(original.charAt(end - 1))) {
            end--;
        }
        return new Relocation(start, end, original.substring(start, end), method, similarity);
    }

    /** Also non-breaking spaces, which news text is full of. */
    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /** Lower-cased text with each run of whitespace folded into one space, mapped back to the original offsets. */
    private record NormalizedText(String value, int[] originalIndexes) {

        static NormalizedText of(String text) {
            StringBuilder normalized = new StringBuilder(text.length());
            int[] indexes = new int[text.length()];
            boolean previousWasSpace = false;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (isSpace(c)) {
                    if (!previousWasSpace) {
                        indexes[normalized.length()] = i;
                        normalized.append(' ');
                    }
                    previousWasSpace = true;
                } else {
                    indexes[normalized.length()] = i;
                    normalized.append(Character.toLowerCase(c));
                    previousWasSpace = false;
                }
            }
            return new NormalizedText(normalized.toString(), indexes);
        }

        int originalIndex(int normalizedIndex) {
            return originalIndexes[normalizedIndex];
        }

        int normalizedIndexOf(int originalIndex) {
            for (int i = 0; i < value.length(); i++) {
                if (originalIndexes[i] >= originalIndex) {
                    return i;
                }
            }
            return value.length();
        }
    }
}
