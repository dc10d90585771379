package no.newsroom.gateway.service;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import no.newsroom.gateway.client.Downstream;
import no.newsroom.gateway.config.CacheConfig;

import java.util.Optional;

/**
 * The last composition of each article per viewer, with the two answers it was made of. Never served on its own:
 * the composer sends their ETags to the services on every read and uses a kept answer only where its service says,
 * with a 304, that it is still current. So this saves the transfer, parsing and composing of unchanged answers, not
 * the calls, and staff always see the current state.
 */
@ApplicationScoped
public class KeptCompositions {

    private final Cache<Key, Composition> kept;

    public KeptCompositions(CacheConfig config) {
        this.kept = Caffeine.newBuilder()
                .maximumWeight(config.keptCompositionsMaxBytes())
                .<Key, Composition>weigher((key, composition) -> composition.weight())
                .build();
    }

    Optional<Composition> get(Key key) {
        return Optional.ofNullable(kept.getIfPresent(key));
    }

    void put(Key key, Composition composition) {
        kept.put(key, composition);
    }

    /** @param viewer who the services' answers were for: their ETags differ between callers who see them differently */
    record Key(String articleId, String viewer) {
    }

    /** Two 200 answers, an article and its claims, and what was composed of them. */
    record Composition(Downstream article, Downstream claims, Downstream composed) {

        /** {@code kept} when {@code answer} is a 304 for its ETag (the only one sent); otherwise the new answer. */
        static Downstream stillCurrent(Downstream kept, Downstream answer) {
            if (answer.status() != 304) {
                return answer;
            }
            if (!kept.etag().equals(answer.etag())) {
                throw new IllegalStateException("A service answered 304 for " + answer.etag() + " when asked about "
                        + kept.etag());
            }
            return kept;
        }

        int weight() {
            return article.body().length + claims.body().length + composed.body().length;
        }
    }
}
