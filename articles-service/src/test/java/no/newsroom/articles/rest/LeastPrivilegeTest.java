package no.newsroom.articles.rest;

import io.quarkus.test.junit.QuarkusTest;
import no.newsroom.devsupport.testing.ServiceRole;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** The role the service connects as can read the revision history and events but never rewrite them. */
@QuarkusTest
class LeastPrivilegeTest {

    @Test
    void shouldNeverLetTheServiceRoleRewriteRevisionsOrEvents() throws SQLException {
        assertNotEquals(ServiceRole.schemaOwner(), ServiceRole.name());
        String id = Articles.create(ArticleRequests.anArticle()).getString("id");

        try (Connection connection = ServiceRole.connect();
             Statement statement = connection.createStatement()) {
            var rows = statement.executeQuery("select count(*) from article_revision where article_id = '" + id + "'");
            rows.next();
            assertEquals(1, rows.getInt(1));

            ServiceRole.assertRefused(statement,
                    "update article_revision set author = 'someone else' where article_id = '" + id + "'",
                    "delete from article_revision where article_id = '" + id + "'",
                    "update article_event set is_public = true where article_id = '" + id + "'",
                    "delete from article_event",
                    "truncate article_revision",
                    "drop table article_search",
                    "create table intruder (id int)");
        }
    }
}
