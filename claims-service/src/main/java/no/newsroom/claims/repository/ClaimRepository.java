package no.newsroom.claims.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import no.newsroom.claims.model.Claim;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ClaimRepository implements PanacheRepositoryBase<Claim, UUID> {

    public Optional<Claim> findWithQuantities(UUID id) {
        return find("from Claim c left join fetch c.quantities where c.id = ?1", id).firstResultOptional();
    }

    /** One query for the claims and their quantities, however many there are. */
    public List<Claim> findForArticle(UUID articleId, boolean excludeWithdrawn) {
        String withdrawn = excludeWithdrawn ? " and c.withdrawnAt is null" : "";
        return find("select distinct c from Claim c left join fetch c.quantities where c.articleId = ?1" + withdrawn
                + " order by c.createdAt, c.id", articleId).list();
    }

    /** Oldest first, keyset-paged on (createdAt, id). */
    public Page<Claim> page(ClaimFilter filter, PageCursor after, int limit) {
        List<String> conditions = new ArrayList<>();
        Parameters parameters = new Parameters();
        if (filter.articleId() != null) {
            conditions.add("articleId = :articleId");
            parameters.and("articleId", filter.articleId());
        }
        if (filter.status() != null) {
            conditions.add((filter.publicOnly() ? "publicStatus" : "status") + " = :status");
            parameters.and("status", filter.status());
        }
        long total = conditions.isEmpty() ? count() : count(String.join(" and ", conditions), parameters.map());

        if (after != null) {
            conditions.add("(createdAt > :afterTime or (createdAt = :afterTime and id > :afterId))");
            parameters.and("afterTime", after.sortKey()).and("afterId", after.id());
        }
        Sort oldestFirst = Sort.ascending("createdAt", "id");
        List<Claim> rows = (conditions.isEmpty()
                ? findAll(oldestFirst)
                : find(String.join(" and ", conditions), oldestFirst, parameters))
                .range(0, limit).list();
        return Pages.of(rows, limit, claim -> new PageCursor(claim.createdAt, claim.id), total);
    }
}
