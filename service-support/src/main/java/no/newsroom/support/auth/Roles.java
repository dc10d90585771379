package no.newsroom.support.auth;

import io.quarkus.security.identity.SecurityIdentity;

/**
 * The suite's roles, as carried in the token's role claim: {@code groups} for dev tokens, the configured
 * {@code newsroom.oidc.roles-claim} (Keycloak realm roles by default) in provider mode.
 */
public final class Roles {

    public static final String READER = "reader";
    public static final String EDITOR = "editor";
    public static final String VERIFIER = "verifier";
    public static final String ADMIN = "admin";
    /** Another service of the suite: reads every event feed, staff events included, and nothing else. */
    public static final String SERVICE = "service";

    private Roles() {
    }

    /** Staff see working state (drafts, proposed verdicts, assignees, history); readers only what is public. */
    public static boolean isStaff(SecurityIdentity identity) {
        return identity.hasRole(EDITOR) || identity.hasRole(VERIFIER) || identity.hasRole(ADMIN);
    }
}
