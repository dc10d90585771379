package no.newsroom.gateway.rest;

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
        return Jwt.upn(user).issuer(ISSUER).audience(AUDIENCE).groups(Set.of(role)).sign();
    }

    static String editor() {
        return token("erik", Roles.EDITOR);
    }

    static String reader() {
        return token("rita", Roles.READER);
    }
}
