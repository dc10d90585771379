package no.newsroom.claims.extraction;

import java.util.List;

/** A half-open range [from, to) of tokens of one sentence. */
record TokenRange(int from, int to) {

    int size() {
        return to - from;
    }

    boolean isEmpty() {
        return to <= from;
    }

    String text(String text, List<Token> tokens) {
        return text.substring(tokens.get(from).start(), tokens.get(to - 1).end());
    }

    /** The tokens with one space between them, however the text spaced them: the form word lists are written in. */
    String joinedText(List<Token> tokens) {
        StringBuilder joined = new StringBuilder();
        for (int i = from; i < to; i++) {
            joined.append(i > from ? " " : "").append(tokens.get(i).text());
        }
        return joined.toString();
    }
}
