package no.newsroom.articles.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import no.newsroom.articles.domain.ArticleDraft;
import no.newsroom.articles.domain.ArticleImporter;
import no.newsroom.articles.domain.ArticleNotFoundException;
import no.newsroom.articles.domain.BlockContent;
import no.newsroom.articles.domain.InvalidStatusChangeException;
import no.newsroom.articles.domain.Slugs;
import no.newsroom.articles.domain.StaleVersionException;
import no.newsroom.articles.model.Article;
import no.newsroom.articles.model.ArticleStatus;
import no.newsroom.articles.model.Block;
import no.newsroom.articles.repository.ArticleFilter;
import no.newsroom.articles.repository.ArticleRepository;
import no.newsroom.articles.repository.Page;
import no.newsroom.articles.repository.PageCursor;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRED)
public class ArticleService {

    private final ArticleRepository articles;
    private final Clock clock;

    public ArticleService(ArticleRepository articles, Clock clock) {
        this.articles = articles;
        this.clock = clock;
    }

    public Article create(ArticleDraft draft) {
        Instant now = clock.instant();
        Article article = new Article();
        article.id = UUID.randomUUID();
        article.createdAt = now;
        article.updatedAt = now;
        applyDraft(article, draft, now);
        article.slug = uniqueSlug(draft.title());
        articles.persist(article);
        return article;
    }

    public Article importText(String title, String language, String text) {
        List<BlockContent> blocks = ArticleImporter.parse(text);
        return create(new ArticleDraft(title, null, language, List.of(), List.of(), blocks));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Article> find(String idOrSlug, boolean includeUnpublished) {
        return parseUuid(idOrSlug)
                .flatMap(articles::findWithBlocks)
                .or(() -> articles.findBySlugWithBlocks(idOrSlug))
                .filter(article -> includeUnpublished || article.status == ArticleStatus.PUBLISHED);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Article> list(ArticleFilter filter, PageCursor after, int limit) {
        return articles.page(filter, after, limit);
    }

    public Article publish(UUID id, long expectedVersion) {
        Article article = loadForUpdate(id, expectedVersion);
        if (article.status == ArticleStatus.PUBLISHED) {
            throw new InvalidStatusChangeException(article.status, ArticleStatus.PUBLISHED);
        }
        Instant now = clock.instant();
        article.status = ArticleStatus.PUBLISHED;
        if (article.publishedAt == null) {
            article.publishedAt = now;
        }
        article.updatedAt = now;
        return article;
    }

    private Article loadForUpdate(UUID id, long expectedVersion) {
        Article article = articles.findWithBlocks(id).orElseThrow(() -> new ArticleNotFoundException(id.toString()));
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
        article.replaceBlocks(draft.blocks().stream().map(content -> newBlock(content, now)).toList());
    }

    private static Block newBlock(BlockContent content, Instant now) {
        Block block = new Block();
        block.id = UUID.randomUUID();
        block.type = content.type();
        block.text = content.text();
        block.caption = content.caption();
        block.credit = content.credit();
        block.url = content.url();
        block.postedAt = now;
        return block;
    }

    private String uniqueSlug(String title) {
        String base = Slugs.fromTitle(title);
        int attempt = 1;
        while (articles.slugTaken(Slugs.withSuffix(base, attempt))) {
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
