package no.newsroom.articles.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import no.newsroom.articles.domain.ArticleArchivedException;
import no.newsroom.articles.domain.ArticleDiff;
import no.newsroom.articles.domain.ArticleDraft;
import no.newsroom.articles.domain.ArticleImporter;
import no.newsroom.articles.domain.BlockArrangement;
import no.newsroom.articles.domain.BlockContent;
import no.newsroom.articles.domain.ContentLimits;
import no.newsroom.articles.domain.ArticleLifecycle;
import no.newsroom.articles.domain.ArticleNotFoundException;
import no.newsroom.articles.domain.ArticleSnapshot;
import no.newsroom.articles.domain.BlockDraft;
import no.newsroom.articles.domain.InvalidContentException;
import no.newsroom.articles.domain.Slugs;
import no.newsroom.support.rest.StaleVersionException;
import no.newsroom.articles.mapping.ArticleMapper;
import no.newsroom.articles.model.Article;
import no.newsroom.articles.model.ArticleStatus;
import no.newsroom.articles.model.Block;
import no.newsroom.articles.repository.ArticleFilter;
import no.newsroom.articles.repository.ArticleListing;
import no.newsroom.articles.repository.ArticleRepository;
import no.newsroom.articles.repository.ArticleSort;
import no.newsroom.articles.repository.ArticleVersion;
import no.newsroom.support.paging.Page;
import no.newsroom.support.paging.PageCursor;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRED)
public class ArticleService {

    public enum BlockPosition { TOP, BOTTOM }

    private final ArticleRepository articles;
    private final ArticleHistory history;
    private final ArticleRepresentations representations;
    private final Clock clock;

    public ArticleService(ArticleRepository articles, ArticleHistory history, ArticleRepresentations representations,
                          Clock clock) {
        this.articles = articles;
        this.history = history;
        this.representations = representations;
        this.clock = clock;
    }

    public Article create(ArticleDraft draft, String actor) {
        Instant now = clock.instant();
        Article article = new Article();
        article.id = UUID.randomUUID();
        article.createdAt = now;
        article.updatedAt = now;
        applyDraft(article, draft, now);
        article.slug = uniqueSlug(draft.title(), article.id);
        articles.persist(article);
        articles.flush();
        history.record(article, null, ArticleMapper.toSnapshot(article), null, actor, "created");
        return article;
    }

    public Article importText(String title, String language, String text, String actor) {
        List<BlockContent> parsed = ArticleImporter.parse(text);
        ContentLimits.check(parsed);
        List<BlockDraft> blocks = parsed.stream().map(BlockDraft::added).toList();
        return create(new ArticleDraft(title, null, language, List.of(), List.of(), blocks), actor);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Article> find(String idOrSlug, boolean includeUnpublished) {
        return parseUuid(idOrSlug)
                .flatMap(articles::findWithBlocks)
                .or(() -> articles.findBySlugWithBlocks(idOrSlug))
                .filter(article -> includeUnpublished || article.status == ArticleStatus.PUBLISHED);
    }

    /** The current version of an article the caller may read, without loading the article. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<ArticleVersion> findVersion(String idOrSlug, boolean includeUnpublished) {
        return parseUuid(idOrSlug)
                .flatMap(articles::findVersion)
                .or(() -> articles.findVersionBySlug(idOrSlug))
                .filter(article -> includeUnpublished || article.status() == ArticleStatus.PUBLISHED);
    }

    /** The article as the API writes it, at this version or a newer one, if the caller may still read it. */
    public Optional<ArticleRepresentation> representation(ArticleVersion current, boolean includeUnpublished) {
        return representations.of(current)
                .filter(article -> includeUnpublished || article.status() == ArticleStatus.PUBLISHED);
    }

    /** Readers see published articles only: asking for another status finds none. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<ArticleListing> list(ArticleFilter filter, ArticleSort sort, PageCursor after, int limit,
                                     boolean includeUnpublished) {
        if (!includeUnpublished && filter.status() != null && filter.status() != ArticleStatus.PUBLISHED) {
            return new Page<>(List.of(), null, 0);
        }
        ArticleFilter visible = includeUnpublished ? filter : filter.withStatus(ArticleStatus.PUBLISHED);
        return articles.page(visible, sort, after == null ? null : after.requireOrder(sort.label()), limit);
    }

    /**
     * Replaces the editable content. Blocks that name an existing id keep it (and their posting time), blocks
     * without an id are new, and blocks left out are removed. Saving identical content changes nothing.
     */
    public Article update(UUID id, long expectedVersion, ArticleDraft draft, String actor) {
        return update(loadForUpdate(id, expectedVersion), draft, actor);
    }

    /** {@link #update} with the content {@code edit} makes of the current article (a merge patch, for instance). */
    public Article edit(UUID id, long expectedVersion, Function<Article, ArticleDraft> edit, String actor) {
        Article article = loadForUpdate(id, expectedVersion);
        return update(article, edit.apply(article), actor);
    }

    private Article update(Article article, ArticleDraft draft, String actor) {
        if (!ArticleLifecycle.isEditable(article.status)) {
            throw new ArticleArchivedException(article.id);
        }
        ArticleSnapshot before = ArticleMapper.toSnapshot(article);
        Instant now = clock.instant();
        // Looked up before the article changes: a query on a changed article would flush it early, and the save
        // below would then write (and version) it a second time.
        String slug = article.publishedAt == null && !draft.title().equals(article.title)
                ? uniqueSlug(draft.title(), article.id) : article.slug;
        applyDraft(article, draft, now);
        article.slug = slug;
        return save(article, before, actor, "updated", now);
    }

    public Article publish(UUID id, long expectedVersion, String actor) {
        return changeStatus(id, expectedVersion, ArticleStatus.PUBLISHED, actor, "published");
    }

    public Article unpublish(UUID id, long expectedVersion, String actor) {
        return changeStatus(id, expectedVersion, ArticleStatus.DRAFT, actor, "unpublished");
    }

    public Article archive(UUID id, long expectedVersion, String actor) {
        return changeStatus(id, expectedVersion, ArticleStatus.ARCHIVED, actor, "archived");
    }

    /** A live update: one new block with its own posting time, at the top or the bottom of the article. */
    public Block appendBlock(UUID id, long expectedVersion, BlockContent content, BlockPosition position,
                             String actor) {
        Article article = loadForUpdate(id, expectedVersion);
        if (!ArticleLifecycle.isEditable(article.status)) {
            throw new ArticleArchivedException(id);
        }
        if (article.blocks.size() >= ContentLimits.MAX_BLOCKS) {
            throw new InvalidContentException("blocks", "an article has at most " + ContentLimits.MAX_BLOCKS
                    + " blocks");
        }
        ArticleSnapshot before = ArticleMapper.toSnapshot(article);
        Instant now = clock.instant();
        Block block = BlockArrangement.newBlock(content, now);
        List<Block> blocks = new ArrayList<>(article.blocks);
        blocks.add(position == BlockPosition.TOP ? 0 : blocks.size(), block);
        article.replaceBlocks(blocks);
        save(article, before, actor, "updated", now);
        return block;
    }

    private Article changeStatus(UUID id, long expectedVersion, ArticleStatus to, String actor, String type) {
        Article article = loadForUpdate(id, expectedVersion);
        ArticleLifecycle.requireChange(article.status, to);
        ArticleSnapshot before = ArticleMapper.toSnapshot(article);
        Instant now = clock.instant();
        article.status = to;
        if (to == ArticleStatus.PUBLISHED && article.publishedAt == null) {
            article.publishedAt = now;
        }
        return save(article, before, actor, type, now);
    }

    private Article save(Article article, ArticleSnapshot before, String actor, String type, Instant now) {
        ArticleSnapshot after = ArticleMapper.toSnapshot(article);
        ArticleDiff diff = ArticleDiff.between(before, after);
        if (diff.isEmpty()) {
            return article;
        }
        article.updatedAt = now;
        articles.flush();
        history.record(article, before, after, diff, actor, type);
        return article;
    }

    private Article loadForUpdate(UUID id, long expectedVersion) {
        Article article = articles.findForUpdate(id).orElseThrow(() -> new ArticleNotFoundException(id.toString()));
        if (article.version != expectedVersion) {
            throw new StaleVersionException(expectedVersion, article.version);
        }
        return article;
    }

    private static void applyDraft(Article article, ArticleDraft draft, Instant now) {
        article.title = draft.title();
        article.lead = draft.lead();
        article.language = draft.language();
        article.tags = List.copyOf(draft.tags());
        article.authors = List.copyOf(draft.authors());
        article.replaceBlocks(BlockArrangement.arrange(article.blocks, draft.blocks(), now));
    }

    private String uniqueSlug(String title, UUID articleId) {
        String base = Slugs.fromTitle(title);
        articles.lockSlug(base);
        int attempt = 1;
        while (articles.slugTaken(Slugs.withSuffix(base, attempt), articleId)) {
            attempt++;
        }
        return Slugs.withSuffix(base, attempt);
    }

    private static Optional<UUID> parseUuid(String value) {
        try {
            return Optional.of(UUID.fromString(value));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }
}
