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
}
