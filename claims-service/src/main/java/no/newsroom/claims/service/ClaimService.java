package no.newsroom.claims.service;

import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import no.newsroom.claims.domain.Anchor;
import no.newsroom.claims.domain.AnchorRules;
import no.newsroom.claims.domain.ClaimDraft;
import no.newsroom.claims.domain.ClaimEdit;
import no.newsroom.claims.domain.ClaimRuleException;
import no.newsroom.claims.domain.EditRights;
import no.newsroom.claims.domain.QuantityRules;
import no.newsroom.claims.domain.ReportedQuantity;
import no.newsroom.claims.domain.VerdictLock;
import no.newsroom.claims.domain.RuleViolation;
import no.newsroom.claims.domain.WorkflowConflictException;
import no.newsroom.claims.model.Claim;
import no.newsroom.claims.model.ClaimHistoryEntry;
import no.newsroom.claims.model.Quantity;
import no.newsroom.claims.repository.ArticlePublicationRepository;
import no.newsroom.claims.repository.ClaimFilter;
import no.newsroom.claims.repository.ClaimHistoryRepository;
import no.newsroom.claims.repository.ClaimRepository;
import no.newsroom.support.paging.Page;
import no.newsroom.support.paging.PageCursor;
import no.newsroom.claims.repository.ReviewQueueFilter;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRED)
public class ClaimService {

    /** The fields the matching engine reads: an edit of one of them re-matches the claim. */
    private static final Set<String> MATCHED_FIELDS = Set.of("statement", "claimant", "source", "language",
            "reportedAt");

    private final ClaimRepository claims;
    private final ArticlePublicationRepository publications;
    private final ClaimHistoryRepository history;
    private final ClaimLookup lookup;
    private final AuditTrail audit;
    private final ClaimEventOutbox outbox;
    private final StoredMatchingService matching;
    private final Clock clock;

    public ClaimService(ClaimRepository claims, ArticlePublicationRepository publications,
                        ClaimHistoryRepository history, ClaimLookup lookup, AuditTrail audit, ClaimEventOutbox outbox,
                        StoredMatchingService matching, Clock clock) {
        this.claims = claims;
        this.publications = publications;
        this.history = history;
        this.lookup = lookup;
        this.audit = audit;
        this.outbox = outbox;
        this.matching = matching;
        this.clock = clock;
    }

    public Claim create(ClaimDraft draft, String actor) {
        AnchorRules.check(draft.anchor());
        var quantities = QuantityRules.normalize(draft.quantities());
        Instant now = clock.instant();
        Claim claim = new Claim();
        claim.id = UUID.randomUUID();
        claim.articleId = draft.articleId();
        setAnchor(claim, draft.anchor());
        claim.statement = draft.statement();
        claim.claimReviewed = draft.claimReviewed();
        claim.claimant = draft.claimant();
        claim.source = draft.source();
        claim.language = draft.language();
        claim.reportedAt = draft.reportedAt();
        claim.independentlyConfirmed = draft.independentlyConfirmed();
        claim.quantities = toQuantities(quantities);
        claim.createdBy = actor;
        claim.createdAt = now;
        claim.updatedAt = now;
        claims.persist(claim);
        matching.refresh(claim);
        audit.record(claim, now, actor, "created", null, null, claim.status, null);
        outbox.publish(claim, ClaimEventOutbox.CREATED, now, true,
                Map.of("publicStatus", claim.publicStatus.name(), "claimReviewed", claim.claimReviewed));
        return claim;
    }

    /**
     * Applies the edited state {@code editOf} makes of the current claim (a merge patch) field by field: one history
     * entry per changed field, none when nothing changed.
     *
     * @throws ForbiddenException when a changed field is outside the caller's rights
     */
    public Claim edit(UUID id, long expectedVersion, Function<Claim, ClaimEdit> editOf, String actor,
                      EditRights rights) {
        Claim claim = lookup.forUpdate(id, expectedVersion);
        ClaimEdit edit = editOf.apply(claim);
        if (claim.withdrawnAt != null) {
            throw new WorkflowConflictException("The claim is withdrawn and can no longer be edited");
        }
        AnchorRules.check(edit.anchor());
        var quantities = toQuantities(QuantityRules.normalize(edit.quantities()));
        checkSupersededBy(claim, edit.supersededBy());

        FieldChanges content = new FieldChanges();
        content.compare("anchor", describe(anchorOf(claim)), describe(edit.anchor()), () -> {
            setAnchor(claim, edit.anchor());
            claim.anchorLost = false;
        });
        content.compare("statement", claim.statement, edit.statement(), () -> claim.statement = edit.statement());
        content.compare("claimReviewed", claim.claimReviewed, edit.claimReviewed(),
                () -> claim.claimReviewed = edit.claimReviewed());
        content.compare("claimant", claim.claimant, edit.claimant(), () -> claim.claimant = edit.claimant());
        content.compare("source", claim.source, edit.source(), () -> claim.source = edit.source());
        content.compare("language", claim.language, edit.language(), () -> claim.language = edit.language());
        content.compare("reportedAt", claim.reportedAt, edit.reportedAt(), () -> claim.reportedAt = edit.reportedAt());
        content.compare("independentlyConfirmed", claim.independentlyConfirmed, edit.independentlyConfirmed(),
                () -> claim.independentlyConfirmed = edit.independentlyConfirmed());
        content.compare("quantities", describe(claim.quantities), describe(quantities), () -> {
            claim.quantities.clear();
            claim.quantities.addAll(quantities);
        });
        FieldChanges assignment = new FieldChanges();
        assignment.compare("assignee", claim.assignee, edit.assignee(), () -> claim.assignee = edit.assignee());
        assignment.compare("recheckBy", claim.recheckBy, edit.recheckBy(), () -> claim.recheckBy = edit.recheckBy());
        assignment.compare("supersededBy", claim.supersededBy, edit.supersededBy(),
                () -> claim.supersededBy = edit.supersededBy());

        if ((!content.isEmpty() && !rights.content()) || (!assignment.isEmpty() && !rights.assignment())) {
            throw new ForbiddenException("Your role may not change " + (rights.content() ? assignment : content));
        }
        VerdictLock.checkContentEdit(ClaimWorkflowService.stateOf(claim), content.fields());
        if (content.isEmpty() && assignment.isEmpty()) {
            return claim;
        }
        Instant now = clock.instant();
        content.apply(change -> audit.record(claim, now, actor, "edited", change.field(), change.from(), change.to(),
                null));
        assignment.apply(change -> audit.record(claim, now, actor,
                change.field().equals("assignee") ? "assigned" : "edited", change.field(), change.from(), change.to(),
                null));
        claim.updatedAt = now;
        List<String> fields = new ArrayList<>(content.fields());
        fields.addAll(assignment.fields());
        outbox.publish(claim, ClaimEventOutbox.UPDATED, now, false, Map.of("fields", fields));
        lookup.flush();
        if (content.fields().stream().anyMatch(MATCHED_FIELDS::contains)) {
            matching.refresh(claim);
        }
        return claim;
    }

    /** The claim, if the caller may see it: staff see every claim, others those of published articles. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Claim> find(UUID id, boolean staff) {
        return claims.findForReading(id).filter(claim -> staff || publications.isPublished(claim.articleId));
    }

    /** @throws ForbiddenException when a reader filters on what only staff see */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Claim> list(ClaimFilter filter, PageCursor after, int limit) {
        filter.staffOnlyFilter().ifPresent(field -> {
            throw new ForbiddenException("Only staff may filter by " + field + ": readers do not see it");
        });
        Page<Claim> page = claims.page(filter, after, limit, clock.instant());
        page.items().forEach(claim -> claim.quantities.size());
        return page;
    }

    /** Non-withdrawn claims with a suggested or confirmed CONFLICT match not yet rejected. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public long countOpenConflicts() {
        return claims.countOpenConflicts();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Claim> reviewQueue(ReviewQueueFilter filter, PageCursor after, int limit) {
        Page<Claim> page = claims.reviewQueue(filter, after, limit, clock.instant());
        page.items().forEach(claim -> claim.quantities.size());
        return page;
    }

    /** Staff get every claim of the article; others the current claims of a published article, or none. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Claim> listForArticle(UUID articleId, boolean staff) {
        if (!staff && !publications.isPublished(articleId)) {
            return List.of();
        }
        return claims.findForArticle(articleId, !staff);
    }

    /**
     * The claims that supersede any of these (a newer figure from a confirmed UPDATE match), by id; only those the
     * caller may see: current claims, and for readers only those of published articles.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<UUID, Claim> newerFigures(Collection<Claim> superseded, boolean staff) {
        Set<UUID> newer = superseded.stream().map(claim -> claim.supersededBy).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        return claims.findCurrent(newer, !staff).stream()
                .collect(Collectors.toMap(claim -> claim.id, Function.identity()));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ClaimHistoryEntry> history(UUID id) {
        lookup.existing(id);
        return history.listForClaim(id);
    }

    private void checkSupersededBy(Claim claim, UUID supersededBy) {
        if (supersededBy == null || supersededBy.equals(claim.supersededBy)) {
            return;
        }
        if (supersededBy.equals(claim.id)) {
            throw new ClaimRuleException(List.of(new RuleViolation("supersededBy", "a claim cannot supersede itself")));
        }
        if (claims.findByIdOptional(supersededBy).isEmpty()) {
            throw new ClaimRuleException(List.of(new RuleViolation("supersededBy",
                    "no claim with id " + supersededBy)));
        }
    }

    private static Anchor anchorOf(Claim claim) {
        return new Anchor(claim.anchorBlockId, claim.anchorStart, claim.anchorEnd, claim.anchorQuote);
    }

    private static void setAnchor(Claim claim, Anchor anchor) {
        claim.anchorBlockId = anchor.blockId();
        claim.anchorStart = anchor.start();
        claim.anchorEnd = anchor.end();
        claim.anchorQuote = anchor.quote();
    }

    private static String describe(Anchor anchor) {
        return anchor.blockId() + " " + anchor.start() + ".." + anchor.end() + " \"" + anchor.quote() + "\"";
    }

    private static String describe(List<Quantity> quantities) {
        return quantities.stream().map(QuantityText::of).toList().toString();
    }

    private static List<Quantity> toQuantities(List<ReportedQuantity> reported) {
        return new ArrayList<>(reported.stream().map(ClaimService::toQuantity).toList());
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
