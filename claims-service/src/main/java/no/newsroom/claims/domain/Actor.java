package no.newsroom.claims.domain;

import java.util.Objects;

/**
 * Who acts on a claim: the name the history shows, and the verified identity behind it (the token's issuer and
 * subject). Four eyes compare identities: two accounts may share a display name, one account may be renamed.
 */
public record Actor(String name, String issuer, String subject) {

    /** Verdicts proposed before identities were recorded carry only a name; then the names are compared. */
    public boolean sameAs(String otherName, String otherIssuer, String otherSubject) {
        if (otherIssuer == null || otherSubject == null) {
            return name.equals(otherName);
        }
        return Objects.equals(issuer, otherIssuer) && Objects.equals(subject, otherSubject);
    }
}
