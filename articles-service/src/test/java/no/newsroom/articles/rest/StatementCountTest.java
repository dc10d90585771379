package no.newsroom.articles.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import no.newsroom.devsupport.testing.RecordedSpans;
import no.newsroom.devsupport.testing.TracingProfile;
import no.newsroom.support.testing.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.List;
import java.util.UUID;

import static no.newsroom.articles.rest.ArticleRequests.anArticle;
import static no.newsroom.articles.rest.Articles.create;
import static no.newsroom.articles.rest.Articles.replace;

/**
 * No N+1: every read endpoint runs as many SQL statements for a two-block article (or a page of one) as for a
 * thirty-block article with several revisions (or a page of twelve). Counted from the JDBC spans of the request's
 * own trace.
 */
@QuarkusTest
@TestProfile(TracingProfile.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StatementCountTest {

    private static final int MANY = 12;

    @Inject
    RecordedSpans spans;

    private String smallArticle;
    private String largeArticle;
    private String rareTag;
    private String commonTag;

    /** Once for the class, but only when Quarkus has set the port (it has not yet in a @BeforeAll). */
    @BeforeEach
    void createSmallAndLargeArticles() {
        if (smallArticle != null) {
            return;
        }
        rareTag = "n1-" + UUID.randomUUID();
        commonTag = "n1-" + UUID.randomUUID();
        smallArticle = create(anArticle().with("tags", List.of(rareTag)).paragraph("En.").paragraph("To."))
                .getString("id");
        ArticleRequests large = anArticle().with("tags", List.of(commonTag));
        for (int block = 0; block < 30; block++) {
            large.paragraph("Avsnitt " + block + ".");
        }
        largeArticle = create(large).getString("id");
        for (int version = 0; version < 4; version++) {
            replace(largeArticle, version, large.paragraph("Nytt avsnitt " + version + "."));
        }
        for (int i = 1; i < MANY; i++) {
            create(anArticle().with("tags", List.of(commonTag)).paragraph("Sak " + i + ".").paragraph("Mer."));
        }
    }

    @Test
    void shouldReadAnArticleWithAFixedNumberOfStatements() {
        assertSameCount("/articles/" + smallArticle, "/articles/" + largeArticle);
    }

    @Test
    void shouldListArticlesWithAFixedNumberOfStatements() {
        assertSameCount("/articles?limit=20&tag=" + rareTag, "/articles?limit=20&tag=" + commonTag);
    }

    @Test
    void shouldListRevisionsWithAFixedNumberOfStatements() {
        assertSameCount("/articles/" + smallArticle + "/revisions", "/articles/" + largeArticle + "/revisions");
    }

    @Test
    void shouldReadARevisionWithAFixedNumberOfStatements() {
        assertSameCount("/articles/" + smallArticle + "/revisions/1", "/articles/" + largeArticle + "/revisions/5");
    }

    @Test
    void shouldDiffRevisionsWithAFixedNumberOfStatements() {
        assertSameCount("/articles/" + smallArticle + "/revisions/1/diff/1",
                "/articles/" + largeArticle + "/revisions/1/diff/5");
    }

    @Test
    void shouldReadTheEventFeedWithAFixedNumberOfStatements() {
        assertSameCount("/events?limit=1", "/events?limit=" + MANY);
    }

    private void assertSameCount(String smallPath, String largePath) {
        spans.assertSameStatementCount(TestTokens.editor(), smallPath, largePath);
    }
}
