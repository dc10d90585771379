package no.newsroom.claims.domain;

import no.newsroom.support.rest.ResourceNotFoundException;

import java.util.UUID;

public class ClaimNotFoundException extends ResourceNotFoundException {

    public ClaimNotFoundException(UUID id) {
        super("Claim not found", "No claim with id " + id);
    }

    /** The claim exists but not in the form asked for, e.g. without an approved verdict to export. */
    public ClaimNotFoundException(UUID id, String why) {
        super("Claim not found", "Claim " + id + " " + why);
    }
}
