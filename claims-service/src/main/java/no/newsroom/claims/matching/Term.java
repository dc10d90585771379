package no.newsroom.claims.matching;

/**
 * A word of a claim read as a language-independent concept ("drept" and "killed" are both {@code KILLED}), or, for a
 * word the lexicon does not know, as its spelling folded over transliteration variants.
 */
record Term(String key, ConceptKind kind, int position) {

    boolean isConcept() {
        return kind != ConceptKind.WORD;
    }
}
