package no.newsroom.claims.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;
import no.newsroom.claims.matching.ClaimMatch;
import no.newsroom.claims.matching.ClaimMatcher;
import no.newsroom.claims.matching.ClaimText;

/** The matching engine as a CDI bean: one shared, thread-safe {@link ClaimMatcher}. */
@ApplicationScoped
public class ClaimMatchingService {

    private final ClaimMatcher matcher = new ClaimMatcher();

    public Set<String> keys(ClaimText claim) {
        return matcher.keys(claim);
    }

    /** Stateless: nothing is read or stored. */
    public List<ClaimMatch> match(ClaimText claim, List<ClaimText> candidates) {
        return matcher.match(claim, candidates);
    }
}
