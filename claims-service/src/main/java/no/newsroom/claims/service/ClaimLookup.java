package no.newsroom.claims.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import no.newsroom.claims.domain.ClaimNotFoundException;
import no.newsroom.support.rest.StaleVersionException;
import no.newsroom.claims.model.Claim;
import no.newsroom.claims.repository.ClaimRepository;

import java.util.UUID;

/**
 * Loads the claim an update is about and checks it is still the version the client edited. Every change of a claim
 * or its evidence first locks the claim's row, so workflow steps and evidence changes of one claim run one at a
 * time and each sees what the one before it committed.
 */
@ApplicationScoped
class ClaimLookup {

    private final ClaimRepository claims;

    ClaimLookup(ClaimRepository claims) {
        this.claims = claims;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    Claim forUpdate(UUID id, long expectedVersion) {
        lock(id);
        Claim claim = claims.findWithQuantities(id).orElseThrow(() -> new ClaimNotFoundException(id));
        if (claim.version != expectedVersion) {
            throw new StaleVersionException(expectedVersion, claim.version);
        }
        return claim;
    }

    Claim existing(UUID id) {
        return claims.findByIdOptional(id).orElseThrow(() -> new ClaimNotFoundException(id));
    }

    /** The claim, locked for the rest of the transaction (for evidence changes, which carry no If-Match). */
    @Transactional(Transactional.TxType.MANDATORY)
    Claim lockedForChange(UUID id) {
        lock(id);
        return existing(id);
    }

    private void lock(UUID id) {
        claims.getEntityManager().createNativeQuery("select id from claim where id = :id for no key update")
                .setParameter("id", id)
                .getResultList();
    }

    /** Writes now, so a concurrent update of the same version fails here (412) and not at commit. */
    @Transactional(Transactional.TxType.MANDATORY)
    void flush() {
        claims.flush();
    }
}
