package no.newsroom.claims.domain;

import java.util.UUID;

public class MatchNotFoundException extends RuntimeException {

    public MatchNotFoundException(UUID claimId, UUID otherId) {
        super("No match between claim " + claimId + " and claim " + otherId);
    }
}
