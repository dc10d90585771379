package no.newsroom.claims.extraction;

/**
 * Who a reporting phrase names: the text as written, whether it is a news outlet, whether it only refers back to
 * someone named earlier ("han", "nyhetsbyrået"; text null until resolved), how it is tied to the statement, the
 * index of its first token, which orders speakers as written, and whether it refers back to a group ("de", "they").
 */
record Speaker(String text, boolean outlet, boolean anaphoric, Role role, int position, boolean plural) {

    Speaker(String text, boolean outlet, boolean anaphoric, Role role, int position) {
        this(text, outlet, anaphoric, role, position, false);
    }

    enum Role {
        /** Makes the statement: the subject of "sier", the object of "ifølge". */
        STATEMENT,
        /** Hears it: "til NTB", "told CNN". */
        RECIPIENT,
        /** Is quoted by the one who makes it: "citing Interfax". */
        CITED,
        /** The agency a report comes through, named at its start: "Oslo (NTB):". Relays; never makes a claim. */
        BYLINE
    }

    boolean byline() {
        return role == Role.BYLINE;
    }

    Speaker resolvedTo(String antecedent) {
        return new Speaker(antecedent, outlet, false, role, position, plural);
    }
}
