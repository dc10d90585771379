package no.newsroom.claims.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import no.newsroom.claims.repository.ClaimRepository;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * Serialised pages of the claim list and the review queue, kept per query and viewer for the claims' revision they
 * were written at. A read asks the database for the revision first and serves a kept page only while it is current,
 * on every instance, without any invalidation message. Pages that depend on the time (which claims are overdue)
 * are kept only until the next re-check date passes.
 */
@ApplicationScoped
public class KeptClaimPages {

    private final ClaimRepository claims;
    private final Clock clock;
    private final ObjectMapper json;
    private final Cache<Key, KeptPage> kept;

    public KeptClaimPages(ClaimRepository claims, Clock clock, ObjectMapper json,
                          @ConfigProperty(name = "claims.representation-cache.max-bytes") long maxBytes) {
        this.claims = claims;
        this.clock = clock;
        this.json = json;
        this.kept = Caffeine.newBuilder()
                .maximumWeight(maxBytes)
                .<Key, KeptPage>weigher((key, page) -> page.json().length)
                .build();
    }

    /**
     * The JSON of the page kept for this query and viewer, or, when the claims changed since (or a re-check date
     * passed), of the one {@code read} gives now.
     *
     * @param filter        the page's filters, a record: equal filters select the same claims
     * @param dependsOnTime whether the page lists overdue claims
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public byte[] of(Record filter, String cursor, int limit, String viewer, boolean dependsOnTime,
                     Supplier<?> read) {
        long revision = claims.revision();
        Instant now = clock.instant();
        Key key = new Key(filter, cursor, limit, viewer);
        KeptPage known = kept.getIfPresent(key);
        if (known != null && known.revision() == revision && known.isCurrentAt(now)) {
            return known.json();
        }
        Instant validUntil = dependsOnTime ? claims.nextRecheckAfter(now).orElse(Instant.MAX) : Instant.MAX;
        KeptPage fresh = new KeptPage(revision, validUntil, write(read.get()));
        kept.put(key, fresh);
        return fresh.json();
    }

    private byte[] write(Object page) {
        try {
            return json.writeValueAsBytes(page);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record KeptPage(long revision, Instant validUntil, byte[] json) {

        boolean isCurrentAt(Instant now) {
            return now.isBefore(validUntil);
        }
    }

    private record Key(Record filter, String cursor, int limit, String viewer) {
    }
}
