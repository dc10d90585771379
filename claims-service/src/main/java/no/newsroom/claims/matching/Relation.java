package no.newsroom.claims.matching;

/** How a candidate claim relates to a claim; every match has exactly one. */
public enum Relation {
    /** The same assertion with compatible figures by the same or an equivalent claimant, in any language. */
    SAME,
    /** The same claimant's figure for the same running count at a different time. */
    UPDATE,
    /** The same count in the same time frame with incompatible figures. */
    CONFLICT,
    /** The same event or subject, a different assertion. */
    RELATED,
    /** Anything else, even when a number or a place is shared. */
    UNRELATED;

    /** SAME and UPDATE link two claims about one assertion; the others do not. */
    public boolean isLink() {
        return this == SAME || this == UPDATE;
    }
}
