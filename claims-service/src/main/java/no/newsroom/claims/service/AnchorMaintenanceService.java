package no.newsroom.claims.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import no.newsroom.claims.client.ArticleEvent;
import no.newsroom.claims.domain.AnchorRelocator;
import no.newsroom.claims.domain.Relocation;
import no.newsroom.claims.model.Claim;
import no.newsroom.claims.repository.ClaimRepository;
import no.newsroom.claims.repository.FeedPositionRepository;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;

/**
 * Applies articles-service's events: keeps anchors pointing at the text they quote when a block is edited or
 * removed, and records each article's publication status, which decides whether readers see its claims. A batch
 * of events and the new feed position are stored together, so a failed batch is simply read again.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRED)
public class AnchorMaintenanceService {

    public static final String ARTICLES_FEED = "articles";
    static final String ACTOR = "system:anchor-relocation";

    private final ClaimRepository claims;
    private final ArticlePublications publications;
    private final FeedPositionRepository positions;
    private final AuditTrail audit;
    private final ClaimEventOutbox outbox;
    private final Clock clock;

    public AnchorMaintenanceService(ClaimRepository claims, ArticlePublications publications,
                                    FeedPositionRepository positions, AuditTrail audit, ClaimEventOutbox outbox,
                                    Clock clock) {
        this.claims = claims;
        this.publications = publications;
        this.positions = positions;
        this.audit = audit;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** In a transaction of its own, so it never answers from a session that predates the last batch. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public long lastProcessedEvent() {
        return positions.lastEventId(ARTICLES_FEED);
    }

    /**
     * Processes a batch read after {@code after}, unless another replica is consuming the feed or has moved it
     * past {@code after} since: the position row stays locked until this batch commits.
     *
     * @return the feed position after this batch, or empty when the batch was not this replica's to process
     */
    public OptionalLong process(long after, List<ArticleEvent> events) {
        OptionalLong current = positions.lock(ARTICLES_FEED);
        if (current.isEmpty() || current.getAsLong() != after) {
            return OptionalLong.empty();
        }
        // Every claim the batch may re-anchor is locked before the first outbox write takes the outbox lock, in the
        // order a request's transaction takes them too (claim row, then outbox), so the two cannot deadlock.
        claims.lockAnchoredIn(changedBlocks(events));
        for (ArticleEvent event : events) {
            if (ArticleEvent.BLOCK_CHANGED.equals(event.type())) {
                blockChanged(event);
            }
            event.articleStatus().ifPresent(status -> publications.record(event, status));
        }
        long position = events.get(events.size() - 1).id();
        if (!positions.advance(ARTICLES_FEED, after, position)) {
            throw new IllegalStateException("Article feed position moved from " + after + " while it was locked");
        }
        return OptionalLong.of(position);
    }

    private static List<UUID> changedBlocks(List<ArticleEvent> events) {
        return events.stream()
                .filter(event -> ArticleEvent.BLOCK_CHANGED.equals(event.type()))
                .map(event -> event.dataText("blockId"))
                .filter(Objects::nonNull)
                .map(UUID::fromString)
                .toList();
    }

    private void blockChanged(ArticleEvent event) {
        String change = event.dataText("change");
        String blockId = event.dataText("blockId");
        if (blockId == null || !("edited".equals(change) || "removed".equals(change))) {
            return;
        }
        String text = "edited".equals(change) ? event.dataText("text") : null;
        for (Claim claim : claims.findAnchoredIn(UUID.fromString(blockId))) {
            reanchor(claim, text == null ? Optional.empty()
                    : AnchorRelocator.relocate(claim.anchorQuote, claim.anchorStart, text));
        }
    }

    private void reanchor(Claim claim, Optional<Relocation> relocation) {
        Instant now = clock.instant();
        String before = claim.anchorStart + ".." + claim.anchorEnd;
        if (relocation.isEmpty()) {
            if (claim.anchorLost) {
                return;
            }
            claim.anchorLost = true;
            audit.record(claim, now, ACTOR, "anchor.changed", "anchorLost", false, true,
                    "the quoted passage is no longer in the block");
        } else {
            Relocation found = relocation.get();
            boolean moved = found.start() != claim.anchorStart || found.end() != claim.anchorEnd
                    || !found.quote().equals(claim.anchorQuote);
            if (!moved && !claim.anchorLost) {
                return;
            }
            claim.anchorStart = found.start();
            claim.anchorEnd = found.end();
            claim.anchorQuote = found.quote();
            claim.anchorLost = false;
            audit.record(claim, now, ACTOR, "anchor.changed", "anchor", before, found.start() + ".." + found.end(),
                    "block edited; quote found again (" + found.method() + ")");
        }
        claim.updatedAt = now;
        Map<String, Object> data = new HashMap<>();
        data.put("blockId", claim.anchorBlockId.toString());
        data.put("start", claim.anchorStart);
        data.put("end", claim.anchorEnd);
        data.put("anchorLost", claim.anchorLost);
        outbox.publish(claim, ClaimEventOutbox.ANCHOR_CHANGED, now, false, data);
    }
}
