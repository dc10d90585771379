package no.newsroom.support.testing;

import io.smallrye.jwt.build.Jwt;
import no.newsroom.support.auth.Roles;

import java.util.Set;

/**
 * Test only: bearer tokens signed with the test-only key under src/test/resources/jwt of this module, which the
 * services' tests verify with through the service-support test-jar ({@code %test} profile key locations).
 */
public final class TestTokens {

    public static final String ISSUER = "https://newsroom.example/issuer";
    public static final String AUDIENCE = "newsroom-api";

    private TestTokens() {
    }

    public static String token(String user, String role) {
        return token(user, user + "-subject", role);
    }

    /** {@code name} is what histories show; four eyes compare {@code subject} (and the issuer). */
    public static String token(String name, String subject, String role) {
        return Jwt.upn(name).subject(subject).issuer(ISSUER).audience(AUDIENCE).groups(Set.of(role)).sign();
    }

    public static String editor() {
        return token("erik", Roles.EDITOR);
    }

    public static String verifier() {
        return token("vera", Roles.VERIFIER);
    }

    public static String secondVerifier() {
        return token("viktor", Roles.VERIFIER);
    }

    public static String admin() {
        return token("ada", Roles.ADMIN);
    }

    public static String reader() {
        return token("rita", Roles.READER);
    }
}
