package no.newsroom.claims.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import no.newsroom.claims.model.ClaimEvent;

import java.util.List;

@ApplicationScoped
public class ClaimEventRepository implements PanacheRepository<ClaimEvent> {

    /** Events with an id above {@code after}, oldest first; readers get the public ones only. */
    public List<ClaimEvent> after(long after, int limit, boolean publicOnly) {
        String query = publicOnly ? "id > ?1 and isPublic = true order by id" : "id > ?1 order by id";
        return find(query, after).range(0, limit - 1).list();
    }
}
