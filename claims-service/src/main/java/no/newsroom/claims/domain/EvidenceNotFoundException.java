package no.newsroom.claims.domain;

import no.newsroom.support.rest.ResourceNotFoundException;

import java.util.UUID;

public class EvidenceNotFoundException extends ResourceNotFoundException {

    public EvidenceNotFoundException(UUID claimId, UUID evidenceId) {
        super("Evidence not found", "Claim " + claimId + " has no evidence with id " + evidenceId);
    }
}
