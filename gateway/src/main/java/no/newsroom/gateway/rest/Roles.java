package no.newsroom.gateway.rest;

/** The suite's roles, as carried in the {@code groups} claim of a bearer token. */
public final class Roles {

    public static final String READER = "reader";
    public static final String EDITOR = "editor";
    public static final String VERIFIER = "verifier";
    public static final String ADMIN = "admin";

    private Roles() {
    }
}
