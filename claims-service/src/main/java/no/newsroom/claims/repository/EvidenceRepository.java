package no.newsroom.claims.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import no.newsroom.claims.domain.EvidenceSummary;
import no.newsroom.claims.model.Evidence;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class EvidenceRepository implements PanacheRepositoryBase<Evidence, UUID> {

    /** Everything ever added, superseded items included, except items removed before any verdict used them. */
    public List<Evidence> listForClaim(UUID claimId) {
        return list("claimId = ?1 and removedAt is null order by addedAt, id", claimId);
    }

    public List<Evidence> currentForClaim(UUID claimId) {
        return list("claimId = ?1 and removedAt is null and supersededAt is null", claimId);
    }

    public Optional<Evidence> findForClaim(UUID claimId, UUID evidenceId) {
        return find("id = ?1 and claimId = ?2 and removedAt is null", evidenceId, claimId).firstResultOptional();
    }

    public EvidenceSummary summary(UUID claimId) {
        List<Evidence> current = currentForClaim(claimId);
        return new EvidenceSummary(current.size(), (int) current.stream().filter(e -> e.independent).count());
    }
}
