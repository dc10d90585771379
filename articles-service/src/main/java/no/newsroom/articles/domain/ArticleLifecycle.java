package no.newsroom.articles.domain;

import no.newsroom.articles.model.ArticleStatus;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The status rules: drafts are published or archived, published articles are unpublished back to draft or
 * archived, and archived articles stay archived.
 */
public final class ArticleLifecycle {

    private static final Map<ArticleStatus, Set<ArticleStatus>> ALLOWED = Map.of(
            ArticleStatus.DRAFT, EnumSet.of(ArticleStatus.PUBLISHED, ArticleStatus.ARCHIVED),
            ArticleStatus.PUBLISHED, EnumSet.of(ArticleStatus.DRAFT, ArticleStatus.ARCHIVED),
            ArticleStatus.ARCHIVED, EnumSet.noneOf(ArticleStatus.class));

    private ArticleLifecycle() {
    }

    public static Set<ArticleStatus> allowedFrom(ArticleStatus from) {
        return Set.copyOf(ALLOWED.get(from));
    }

    /** @throws InvalidStatusChangeException naming the statuses that are allowed instead */
    public static void requireChange(ArticleStatus from, ArticleStatus to) {
        if (!ALLOWED.get(from).contains(to)) {
            throw new InvalidStatusChangeException(from, to, allowedFrom(from));
        }
    }

    public static boolean isEditable(ArticleStatus status) {
        return status != ArticleStatus.ARCHIVED;
    }
}
