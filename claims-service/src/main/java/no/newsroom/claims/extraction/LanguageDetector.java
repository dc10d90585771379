package no.newsroom.claims.extraction;

import java.util.Set;

/**
 * Tells Norwegian Bokmål from English by counting frequent function words and Norwegian letters. Two candidate
 * languages make a full n-gram model (Lingua's jar is about 100 MB) unnecessary; a few dozen words decide reliably
 * from the first sentence on.
 */
final class LanguageDetector {

    private static final Set<String> NORWEGIAN = Set.of(
            "og", "i", "det", "som", "er", "på", "til", "en", "av", "for", "med", "har", "ikke", "at", "den", "de",
            "et", "om", "var", "fra", "sier", "skal", "ble", "etter", "ifølge", "mot", "også", "han", "hun", "seg",
            "vil", "kan", "mandag", "sa", "hevder", "melder", "skriver", "minst", "rundt", "mennesker", "blant");
    private static final Set<String> ENGLISH = Set.of(
            "the", "and", "of", "to", "in", "is", "that", "was", "for", "on", "said", "with", "by", "at", "as", "it",
            "from", "were", "have", "has", "had", "be", "this", "are", "an", "according", "told", "reported",
            "people", "least", "about", "which", "who", "would", "will", "after", "its", "their", "been", "not");

    private LanguageDetector() {
    }

    static Language detect(String text) {
        int score = 0;
        for (Token token : Tokenizer.tokenize(text, 0, Math.min(text.length(), 2000))) {
            score += weight(token);
        }
        return score >= 0 ? Language.NB : Language.EN;
    }

    private static int weight(Token token) {
        if (!token.isWord()) {
            return 0;
        }
        int weight = NORWEGIAN.contains(token.lower()) ? 2 : 0;
        weight -= ENGLISH.contains(token.lower()) ? 2 : 0;
        return weight + (containsNorwegianLetter(token.lower()) ? 3 : 0);
    }

    private static boolean containsNorwegianLetter(String word) {
        return word.chars().anyMatch(c -> c == 'æ' || c == 'ø' || c == 'å');
    }
}
