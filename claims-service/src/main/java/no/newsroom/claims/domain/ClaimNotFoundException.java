package no.newsroom.claims.domain;

import java.util.UUID;

public class ClaimNotFoundException extends RuntimeException {

    public ClaimNotFoundException(UUID id) {
        super("No claim with id " + id);
    }
}
