package no.newsroom.claims.matching;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Lower-case words of a claim, and the spelling fold that lets transliteration variants meet. */
final class ClaimTokens {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’.,][\\p{L}\\p{N}]+)*|[%$€£]");
    private static final Pattern DIACRITICS = Pattern.compile("\\p{M}+");

    private ClaimTokens() {
    }

    /** Words in order; hyphenated words are split ("Nato-sjefen") and a genitive 's dropped ("Ukraine's"). */
    static List<String> split(String text) {
        List<String> words = new ArrayList<>();
        Matcher matcher = WORD.matcher(text.toLowerCase(Locale.ROOT).replace('-', ' '));
        while (matcher.find()) {
            String word = matcher.group();
            if (word.endsWith("'s") || word.endsWith("’s")) {
                word = word.substring(0, word.length() - 2);
            }
            words.add(word);
        }
        return words;
    }

    /** Zelenskyj, Zelenskij and Zelensky; Kharkiv and Charkiv; Zaporizjzja and Zaporizhzhia fold to one spelling. */
    static String fold(String lowerWord) {
        String folded = lowerWord.replace("ø", "o").replace("æ", "ae").replace("å", "a");
        folded = DIACRITICS.matcher(Normalizer.normalize(folded, Normalizer.Form.NFD)).replaceAll("");
        folded = folded.replace("tsj", "ch").replace("sj", "sh").replace("zj", "zh").replace("kh", "h")
                .replace("ch", "h").replace('j', 'y').replace("iy", "i").replace("yy", "y").replace('w', 'v');
        StringBuilder collapsed = new StringBuilder();
        for (int i = 0; i < folded.length(); i++) {
            if (i == 0 || folded.charAt(i) != folded.charAt(i - 1)) {
                collapsed.append(folded.charAt(i));
            }
        }
        return collapsed.toString();
    }

    /** Dice coefficient of character trigrams (with word boundaries), 0..1. */
    static double trigramSimilarity(String a, String b) {
        List<String> left = trigrams(a);
        List<String> right = new ArrayList<>(trigrams(b));
        int total = left.size() + right.size();
        int shared = 0;
        for (String gram : left) {
            if (right.remove(gram)) {
                shared++;
            }
        }
        return total == 0 ? 0 : 2.0 * shared / total;
    }

    private static List<String> trigrams(String word) {
        String padded = "^" + word + "$";
        List<String> grams = new ArrayList<>();
        for (int i = 0; i + 3 <= padded.length(); i++) {
            grams.add(padded.substring(i, i + 3));
        }
        return grams;
    }
}
