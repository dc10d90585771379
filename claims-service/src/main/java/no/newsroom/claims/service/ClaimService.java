package no.newsroom.claims.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import no.newsroom.claims.domain.AnchorRules;
import no.newsroom.claims.domain.ClaimDraft;
import no.newsroom.claims.domain.QuantityRules;
import no.newsroom.claims.domain.ReportedQuantity;
import no.newsroom.claims.model.Claim;
import no.newsroom.claims.model.Quantity;
import no.newsroom.claims.repository.ClaimFilter;
import no.newsroom.claims.repository.ClaimRepository;
import no.newsroom.claims.repository.Page;
import no.newsroom.claims.repository.PageCursor;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRED)
public class ClaimService {

    private final ClaimRepository claims;
    private final Clock clock;

    public ClaimService(ClaimRepository claims, Clock clock) {
        this.claims = claims;
        this.clock = clock;
    }

    public Claim create(ClaimDraft draft, String actor) {
        AnchorRules.check(draft.anchor());
        var quantities = QuantityRules.normalize(draft.quantities());
        Instant now = clock.instant();
        Claim claim = new Claim();
        claim.id = UUID.randomUUID();
        claim.articleId = draft.articleId();
        claim.anchorBlockId = draft.anchor().blockId();
        claim.anchorStart = draft.anchor().start();
        claim.anchorEnd = draft.anchor().end();
        claim.anchorQuote = draft.anchor().quote();
        claim.statement = draft.statement();
        claim.claimReviewed = draft.claimReviewed();
        claim.claimant = draft.claimant();
        claim.source = draft.source();
        claim.language = draft.language();
        claim.reportedAt = draft.reportedAt();
        claim.independentlyConfirmed = draft.independentlyConfirmed();
        claim.quantities = new ArrayList<>(quantities.stream().map(ClaimService::toQuantity).toList());
        claim.createdBy = actor;
        claim.createdAt = now;
        claim.updatedAt = now;
        claims.persist(claim);
        return claim;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Claim> find(UUID id) {
        return claims.findWithQuantities(id);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Claim> list(ClaimFilter filter, PageCursor after, int limit) {
        Page<Claim> page = claims.page(filter, after, limit);
        page.items().forEach(claim -> claim.quantities.size());
        return page;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Claim> listForArticle(UUID articleId, boolean excludeWithdrawn) {
        return claims.findForArticle(articleId, excludeWithdrawn);
    }

    private static Quantity toQuantity(ReportedQuantity reported) {
        Quantity quantity = new Quantity();
        quantity.value = reported.value();
        quantity.low = reported.low();
        quantity.high = reported.high();
        quantity.qualifier = reported.qualifier();
        quantity.unit = reported.unit();
        quantity.partOf = reported.partOf();
        return quantity;
    }
}
