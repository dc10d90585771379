package no.newsroom.articles.domain;

import no.newsroom.articles.model.ArticleStatus;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ArticleLifecycleTest {

    @Test
    void shouldLetDraftsBePublishedOrArchived() {
        assertDoesNotThrow(() -> ArticleLifecycle.requireChange(ArticleStatus.DRAFT, ArticleStatus.PUBLISHED));
        assertDoesNotThrow(() -> ArticleLifecycle.requireChange(ArticleStatus.DRAFT, ArticleStatus.ARCHIVED));
    }

    @Test
    void shouldLetPublishedArticlesBeUnpublishedOrArchived() {
        assertDoesNotThrow(() -> ArticleLifecycle.requireChange(ArticleStatus.PUBLISHED, ArticleStatus.DRAFT));
        assertDoesNotThrow(() -> ArticleLifecycle.requireChange(ArticleStatus.PUBLISHED, ArticleStatus.ARCHIVED));
    }

    @Test
    void shouldNameAllowedStatusesWhenChangeIsRefused() {
        InvalidStatusChangeException refused = assertThrows(InvalidStatusChangeException.class,
                () -> ArticleLifecycle.requireChange(ArticleStatus.PUBLISHED, ArticleStatus.PUBLISHED));

        assertEquals("An article cannot go from PUBLISHED to PUBLISHED; allowed from PUBLISHED: ARCHIVED, DRAFT",
                refused.getMessage());
    }

    @Test
    void shouldKeepArchivedArticlesArchivedAndReadOnly() {
        assertThrows(InvalidStatusChangeException.class,
                () -> ArticleLifecycle.requireChange(ArticleStatus.ARCHIVED, ArticleStatus.DRAFT));
        assertFalse(ArticleLifecycle.isEditable(ArticleStatus.ARCHIVED));
    }
}
