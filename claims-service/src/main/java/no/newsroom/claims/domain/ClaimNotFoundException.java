package no.newsroom.claims.domain;

import java.util.UUID;

public class ClaimNotFoundException extends RuntimeException {

    public ClaimNotFoundException(UUID id) {
        super("No claim with id " + id);
    }

    /** The claim exists but not in the form asked for, e.g. without an approved verdict to export. */
    public ClaimNotFoundException(UUID id, String why) {
        super("Claim " + id + " " + why);
    }
}
