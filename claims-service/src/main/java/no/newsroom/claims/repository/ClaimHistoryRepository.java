package no.newsroom.claims.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import no.newsroom.claims.model.ClaimHistoryEntry;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class ClaimHistoryRepository implements PanacheRepository<ClaimHistoryEntry> {

    /** In the order the changes were made. */
    public List<ClaimHistoryEntry> listForClaim(UUID claimId) {
        return list("claimId = ?1 order by id", claimId);
    }
}
