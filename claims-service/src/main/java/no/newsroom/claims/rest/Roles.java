package no.newsroom.claims.rest;

import io.quarkus.security.identity.SecurityIdentity;

/** The suite's roles, as carried in the {@code groups} claim of a bearer token. */
public final class Roles {

    public static final String READER = "reader";
    public static final String EDITOR = "editor";
    public static final String VERIFIER = "verifier";
    public static final String ADMIN = "admin";

    private Roles() {
    }

    /** Staff see working state (proposed verdicts, assignees, history); readers only what is public. */
    static boolean isStaff(SecurityIdentity identity) {
        return identity.hasRole(EDITOR) || identity.hasRole(VERIFIER) || identity.hasRole(ADMIN);
    }
}
