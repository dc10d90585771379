package no.newsroom.claims.domain;

import no.newsroom.support.rest.ResourceNotFoundException;

import java.util.UUID;

public class MatchNotFoundException extends ResourceNotFoundException {

    public MatchNotFoundException(UUID claimId, UUID otherId) {
        super("Match not found", "No match between claim " + claimId + " and claim " + otherId);
    }
}
