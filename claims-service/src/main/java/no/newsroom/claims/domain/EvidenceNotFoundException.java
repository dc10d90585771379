package no.newsroom.claims.domain;

import java.util.UUID;

public class EvidenceNotFoundException extends RuntimeException {

    public EvidenceNotFoundException(UUID claimId, UUID evidenceId) {
        super("Claim " + claimId + " has no evidence with id " + evidenceId);
    }
}
