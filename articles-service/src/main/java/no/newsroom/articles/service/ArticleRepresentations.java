package no.newsroom.articles.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import no.newsroom.articles.mapping.ArticleMapper;
import no.newsroom.articles.model.Article;
import no.newsroom.articles.repository.ArticleRepository;
import no.newsroom.articles.repository.ArticleVersion;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.UUID;

/**
 * The serialised article, kept per id for its version. Every write bumps the article's version, and a read asks the
 * database for the current one first, so a kept representation is served only while it is current, on every
 * instance, without any invalidation message.
 */
@ApplicationScoped
public class ArticleRepresentations {

    private final ArticleRepository articles;
    private final ObjectMapper json;
    private final Cache<UUID, ArticleRepresentation> kept;

    public ArticleRepresentations(ArticleRepository articles, ObjectMapper json,
                                  @ConfigProperty(name = "articles.representation-cache.max-bytes")
                                  long maxBytes) {
        this.articles = articles;
        this.json = json;
        this.kept = Caffeine.newBuilder()
                .maximumWeight(maxBytes)
                .<UUID, ArticleRepresentation>weigher((id, representation) -> representation.json().length)
                .build();
    }

    /** The representation of this version or, when the article changed since it was read, of a newer one. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<ArticleRepresentation> of(ArticleVersion current) {
        ArticleRepresentation known = kept.getIfPresent(current.id());
        if (known != null && known.version() >= current.version()) {
            return Optional.of(known);
        }
        return articles.findForReading(current.id()).map(article -> keep(article.id, write(article)));
    }

    private ArticleRepresentation keep(UUID id, ArticleRepresentation fresh) {
        return kept.asMap().merge(id, fresh, (old, now) -> old.version() > now.version() ? old : now);
    }

    private ArticleRepresentation write(Article article) {
        try {
            return new ArticleRepresentation(article.version, article.status,
                    json.writeValueAsBytes(ArticleMapper.toResponse(article)));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
