package no.newsroom.claims.extraction;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Set;

/** The speakers found so far in one sentence, the tokens their phrases and markers use, and where clauses open. */
final class FoundSpeakers {

    static final Set<String> CLAUSE_END_MARKS = Set.of(",", "»", "”", "\"", "–", "—");
    private static final Set<String> STATEMENT_MARKS = Set.of(":", "«", "“", "\"", "–", "—");

    private final SpeakerNames names;

    final String text;
    final List<Token> tokens;
    final List<Speaker> speakers = new ArrayList<>();
    final BitSet used = new BitSet();

    /** Where the first clause ends (the size when none does) and the last "at"/"that", colon or quote (or -1). */
    final int firstClauseMark;
    final int lastStatementOpener;

    FoundSpeakers(String text, List<Token> tokens, Lexicon lexicon, SpeakerNames names) {
        this.names = names;
        this.text = text;
        this.tokens = tokens;
        int clauseMark = tokens.size();
        int opener = -1;
        for (int i = 0; i < tokens.size(); i++) {
            String word = tokens.get(i).lower();
            clauseMark = CLAUSE_END_MARKS.contains(word) ? Math.min(clauseMark, i) : clauseMark;
            boolean opens = STATEMENT_MARKS.contains(word) || lexicon.contains("complementizers", tokens.get(i));
            opener = opens ? i : opener;
        }
        this.firstClauseMark = clauseMark;
        this.lastStatementOpener = opener;
    }

    /** Adds the phrase only when it names an outlet: "i Aftenposten" relays, "i Oslo" does not. */
    boolean addOutlet(TokenRange phrase, Speaker.Role role, int marker, int markerLength) {
        if (phrase.isEmpty() || used.get(phrase.from(), phrase.to()).cardinality() > 0) {
            return false;
        }
        Speaker speaker = names.name(text, tokens, phrase, role);
        if (!speaker.outlet() || speaker.text() == null) {
            return false;
        }
        used.set(marker, marker + markerLength);
        used.set(phrase.from(), phrase.to());
        speakers.add(speaker);
        return true;
    }

    void add(TokenRange phrase, Speaker.Role role, int marker, int markerLength) {
        if (phrase.isEmpty() || used.get(phrase.from(), phrase.to()).cardinality() > 0) {
            return;
        }
        used.set(marker, marker + markerLength);
        used.set(phrase.from(), phrase.to());
        speakers.add(names.name(text, tokens, phrase, role));
    }
}
