package no.newsroom.claims.extraction;

/**
 * Who a reporting phrase names: the text as written, whether it is a news outlet, whether it only refers back to
 * someone named earlier ("han", "nyhetsbyrået"; text null until resolved), how it is tied to the statement, and the
 * index of its first token, which orders speakers as written.
 */
record Speaker(String text, boolean outlet, boolean anaphoric, Role role, int position) {

    enum Role {
        /** Makes the statement: the subject of "sier", the object of "ifølge". */
        STATEMENT,
        /** Hears it: "til NTB", "told CNN". */
        RECIPIENT,
        /** Is quoted by the one who makes it: "citing Interfax". */
        CITED
    }

    Speaker resolvedTo(String antecedent) {
        return new Speaker(antecedent, outlet, false, role, position);
    }
}
