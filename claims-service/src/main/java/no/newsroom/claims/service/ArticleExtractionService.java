package no.newsroom.claims.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import no.newsroom.claims.domain.Anchor;
import no.newsroom.claims.domain.ClaimDraft;
import no.newsroom.claims.domain.ReportedQuantity;
import no.newsroom.claims.extraction.ClaimCandidate;
import no.newsroom.claims.extraction.ExtractedQuantity;
import no.newsroom.claims.extraction.ExtractionService;
import no.newsroom.claims.model.Claim;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/**
 * Runs extraction over an article's text blocks and stores each candidate as an UNVERIFIED claim anchored to the
 * sentence it was found in. Idempotent: a sentence that already anchors a claim is not stored again.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRED)
public class ArticleExtractionService {

    private static final Set<String> TEXT_BLOCK_TYPES = Set.of("PARAGRAPH", "QUOTE");
    private static final List<String> SUB_COUNT_MARKERS = List.of("blant dem", "blant disse", "deriblant", "herav",
            "hvorav", "including", "among them", "among those", "of which", "of whom");
    private static final int CLAIM_REVIEWED_MAX = 140;

    private final ExtractionService extraction;
    private final ClaimService claims;
    private final EntityManager entityManager;

    public ArticleExtractionService(ExtractionService extraction, ClaimService claims, EntityManager entityManager) {
        this.extraction = extraction;
        this.claims = claims;
        this.entityManager = entityManager;
    }

    public Outcome extractAndStore(UUID articleId, String language, List<BlockText> blocks, String actor) {
        serializePerArticle(articleId);
        List<Claim> existing = claims.listForArticle(articleId, true);
        List<Claim> stored = new ArrayList<>();
        int created = 0;
        for (BlockText block : blocks) {
            if (block.text() == null || !TEXT_BLOCK_TYPES.contains(block.type())) {
                continue;
            }
            var result = extraction.extract(block.text(), language);
            for (ClaimCandidate candidate : result.candidates()) {
                Anchor anchor = new Anchor(block.id(), candidate.start(), candidate.end(), candidate.sentence());
                var already = existing.stream().filter(claim -> sameAnchor(claim, anchor)).findFirst();
                if (already.isPresent()) {
                    stored.add(already.get());
                } else {
                    stored.add(claims.create(toDraft(articleId, result.language(), anchor, candidate), actor));
                    created++;
                }
            }
        }
        return new Outcome(created, stored.size() - created, stored);
    }

    /** Two extractions of one article at the same time must not both store the same sentence. */
    private void serializePerArticle(UUID articleId) {
        entityManager.createNativeQuery("select pg_advisory_xact_lock(hashtextextended(?1, 0))")
                .setParameter(1, "article-extraction:" + articleId)
                .getSingleResult();
    }

    private static boolean sameAnchor(Claim claim, Anchor anchor) {
        return claim.anchorBlockId.equals(anchor.blockId())
                && claim.anchorStart == anchor.start()
                && claim.anchorEnd == anchor.end();
    }

    private static ClaimDraft toDraft(UUID articleId, String language, Anchor anchor, ClaimCandidate candidate) {
        return new ClaimDraft(articleId, anchor, candidate.sentence(), shorten(candidate.sentence()),
                candidate.claimant(), candidate.source(), language, null,
                candidate.unconfirmed() ? Boolean.FALSE : null, quantities(candidate));
    }

    /** Sub-counts ("fire fly, blant dem tre helikoptre") become part of the quantity before them. */
    private static List<ReportedQuantity> quantities(ClaimCandidate candidate) {
        List<ReportedQuantity> quantities = new ArrayList<>();
        String sentence = candidate.sentence().toLowerCase(Locale.ROOT);
        int searchFrom = 0;
        for (ExtractedQuantity quantity : candidate.quantities()) {
            int at = Math.max(0, sentence.indexOf(quantity.text().toLowerCase(Locale.ROOT), searchFrom));
            Integer partOf = null;
            if (!quantities.isEmpty() && followsSubCountMarker(sentence, at)
                    && fitsWithin(quantity, quantities.get(quantities.size() - 1))) {
                partOf = quantities.size() - 1;
            }
            quantities.add(new ReportedQuantity(quantity.value(), quantity.low(), quantity.high(),
                    quantity.qualifier(), quantity.unit(), partOf));
            searchFrom = at + quantity.text().length();
        }
        return quantities;
    }

    private static boolean followsSubCountMarker(String sentence, int quantityStart) {
        String before = sentence.substring(Math.max(0, quantityStart - 20), quantityStart);
        return SUB_COUNT_MARKERS.stream().anyMatch(before::contains);
    }

    private static boolean fitsWithin(ExtractedQuantity part, ReportedQuantity whole) {
        if (whole.high() == null) {
            return true;
        }
        BigDecimal smallestPart = part.low() == null ? BigDecimal.ZERO : part.low();
        return smallestPart.compareTo(whole.high()) <= 0;
    }

    private static String shorten(String sentence) {
        String trimmed = sentence.strip();
        if (trimmed.length() <= CLAIM_REVIEWED_MAX) {
            return trimmed;
        }
        int cut = trimmed.lastIndexOf(' ', CLAIM_REVIEWED_MAX - 1);
        return trimmed.substring(0, cut > 0 ? cut : CLAIM_REVIEWED_MAX - 1) + "…";
    }

    /** One text block of an article. */
    public record BlockText(UUID id, String type, String text) {
    }

    /** The extracted claims of the article, new and previously stored, in text order. */
    public record Outcome(int created, int existing, List<Claim> claims) {
    }
}
