package no.newsroom.claims.extraction;

import java.util.List;

/**
 * Remembers the last person and the last outlet a text names, so that a later "han"/"he" or "nyhetsbyrået" can be
 * resolved: "Yuvgeny Guzenko skal ha sett det ... – Jeg så ..., sier han til nyhetsbyrået."
 */
final class NameMemory {

    private static final int MIN_NAME_TOKENS = 2;
    private static final int MAX_NAME_TOKENS = 4;

    private final WordClasses words;
    private final PhraseScanner scanner;

    NameMemory(WordClasses words) {
        this.words = words;
        this.scanner = new PhraseScanner(words);
    }

    void remember(String text, SentenceReading reading, Discourse discourse) {
        List<Token> tokens = reading.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            int end = capitalizedRunEnd(tokens, i);
            TokenRange run = new TokenRange(withoutLeadingTitle(tokens, i, end), end);
            if (run.size() >= MIN_NAME_TOKENS && scanner.isPersonName(tokens, run)) {
                discourse.rememberPerson(run.text(text, tokens));
            }
            i = Math.max(i, end - 1);
        }
        for (Speaker speaker : reading.attribution().speakers()) {
            rememberSpeaker(speaker, discourse);
        }
    }

    private void rememberSpeaker(Speaker speaker, Discourse discourse) {
        if (speaker.text() == null) {
            return;
        }
        if (speaker.outlet()) {
            discourse.rememberOutlet(speaker.text());
            return;
        }
        List<Token> tokens = Tokenizer.tokenize(speaker.text(), 0, speaker.text().length());
        if (scanner.isPersonName(tokens, new TokenRange(0, tokens.size()))) {
            discourse.rememberPerson(speaker.text());
        } else {
            discourse.rememberGroup(speaker.text());
        }
    }

    /** "Politiadvokat Kari Olsen møtte pressen": a title opening the sentence is not part of the name. */
    private int withoutLeadingTitle(List<Token> tokens, int start, int end) {
        return end - start > MIN_NAME_TOKENS && words.isTitle(tokens.get(start)) ? start + 1 : start;
    }

    private int capitalizedRunEnd(List<Token> tokens, int start) {
        int end = start;
        while (end < tokens.size() && end - start < MAX_NAME_TOKENS && tokens.get(end).isCapitalized()
                && words.isPhraseWord(tokens.get(end))) {
            end++;
        }
        return end;
    }
}
