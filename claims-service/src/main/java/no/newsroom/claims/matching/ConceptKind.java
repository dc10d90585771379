package no.newsroom.claims.matching;

/** What a term of a claim stands for; the kind sets how much a shared term says about two claims being alike. */
enum ConceptKind {
    EVENT(3.0),
    UNIT(2.0),
    TOPIC(2.0),
    ENTITY(1.5),
    COUNTRY(1.0),
    PLACE(1.5),
    ROLE(0.0),
    FORECAST(0.0),
    DENIAL(0.0),
    WORD(1.0);

    private final double weight;

    ConceptKind(double weight) {
        this.weight = weight;
    }

    double weight() {
        return weight;
    }

    /** What happened or what is counted: sharing only a place or a name does not make two claims alike. */
    boolean isCore() {
        return this == EVENT || this == UNIT || this == TOPIC || this == WORD;
    }

    /** Where or about whom: sharing only "killed" or "people" does not make two claims about one subject. */
    boolean isAnchor() {
        return this == ENTITY || this == COUNTRY || this == PLACE || this == TOPIC || this == WORD;
    }
}
