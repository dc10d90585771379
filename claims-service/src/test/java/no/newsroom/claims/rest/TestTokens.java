package no.newsroom.claims.rest;

import io.smallrye.jwt.build.Jwt;
import no.newsroom.support.auth.Roles;

import java.util.Set;

/** Bearer tokens signed with the test-only key under src/test/resources/jwt. */
final class TestTokens {

    static final String ISSUER = "https://newsroom.example/issuer";
    static final String AUDIENCE = "newsroom-api";

    private TestTokens() {
    }

    static String token(String user, String role) {
        return token(user, user + "-subject", role);
    }

    /** {@code name} is what the history shows; four eyes compare {@code subject} (and the issuer). */
    static String token(String name, String subject, String role) {
        return Jwt.upn(name).subject(subject).issuer(ISSUER).audience(AUDIENCE).groups(Set.of(role)).sign();
    }

    static String editor() {
        return token("erik", Roles.EDITOR);
    }

    static String verifier() {
        return token("vera", Roles.VERIFIER);
    }

    static String secondVerifier() {
        return token("viktor", Roles.VERIFIER);
    }

    static String admin() {
        return token("ada", Roles.ADMIN);
    }

    static String reader() {
        return token("rita", Roles.READER);
    }
}
