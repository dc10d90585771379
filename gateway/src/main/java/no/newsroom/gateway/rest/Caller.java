package no.newsroom.gateway.rest;

import io.quarkus.security.identity.SecurityIdentity;
import no.newsroom.support.auth.Roles;

/**
 * Who is calling, as far as the gateway's decisions go: visibility, caching and rate limiting. A {@code service}
 * (another system following the feeds) sees every event but is not staff anywhere else.
 */
record Caller(String subject, boolean anonymous, boolean staff, boolean service) {

    static Caller of(SecurityIdentity identity) {
        boolean staff = identity.hasRole(Roles.EDITOR) || identity.hasRole(Roles.VERIFIER)
                || identity.hasRole(Roles.ADMIN);
        return new Caller(identity.isAnonymous() ? null : identity.getPrincipal().getName(), identity.isAnonymous(),
                staff, identity.hasRole(Roles.SERVICE));
    }

    boolean seesAllEvents() {
        return staff || service;
    }
}
