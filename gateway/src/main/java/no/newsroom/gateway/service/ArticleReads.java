package no.newsroom.gateway.service;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import no.newsroom.gateway.client.ArticlesClient;
import no.newsroom.gateway.client.Downstream;

import java.util.Optional;

/**
 * Reads one article, alone or with its claims, and decides who is served from the published-article cache:
 * anonymous callers and readers see the same public view, so they share one cache; staff see drafts and proposed
 * verdicts, so they are never served from it.
 */
@ApplicationScoped
public class ArticleReads {

    private final ArticlesClient articles;
    private final ArticleComposer composer;
    private final PublishedArticleCache cache;

    public ArticleReads(ArticlesClient articles, ArticleComposer composer, PublishedArticleCache cache) {
        this.articles = articles;
        this.composer = composer;
        this.cache = cache;
    }

    /** @param staffMember the subject of a staff caller's token; null for everyone else */
    public Uni<Downstream> article(String idOrSlug, boolean withClaims, String staffMember) {
        if (staffMember != null) {
            return withClaims ? composer.compose(idOrSlug, true, "staff " + staffMember) : articles.article(idOrSlug);
        }
        return cache.getOrLoad(publicKey(idOrSlug, withClaims), () -> withClaims
                ? composer.compose(idOrSlug, false, "public") : articles.article(idOrSlug));
    }

    /** The public view the cache holds now, as {@link #article} would serve it to anyone but staff. */
    public Optional<Downstream> keptPublicView(String idOrSlug, boolean withClaims) {
        return cache.cached(publicKey(idOrSlug, withClaims));
    }

    private static String publicKey(String idOrSlug, boolean withClaims) {
        return withClaims ? idOrSlug + "?include=claims" : idOrSlug;
    }
}
