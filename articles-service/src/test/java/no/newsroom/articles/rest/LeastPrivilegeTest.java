package no.newsroom.articles.rest;

import io.quarkus.test.junit.QuarkusTest;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The role the service connects as can read the revision history and events but never rewrite them. */
@QuarkusTest
class LeastPrivilegeTest {

    private static final String INSUFFICIENT_PRIVILEGE = "42501";

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String url;

    @ConfigProperty(name = "quarkus.datasource.username")
    String serviceRole;

    @ConfigProperty(name = "quarkus.datasource.password")
    String password;

    @ConfigProperty(name = "quarkus.flyway.username")
    String ownerRole;

    @Test
    void shouldNeverLetTheServiceRoleRewriteRevisionsOrEvents() throws SQLException {
        assertNotEquals(ownerRole, serviceRole);
        String id = Articles.create(ArticleRequests.anArticle()).getString("id");

        try (Connection connection = DriverManager.getConnection(url, serviceRole, password);
             Statement statement = connection.createStatement()) {
            var rows = statement.executeQuery("select count(*) from article_revision where article_id = '" + id + "'");
            rows.next();
            assertEquals(1, rows.getInt(1));

            for (String forbidden : new String[] {
                    "update article_revision set author = 'someone else' where article_id = '" + id + "'",
                    "delete from article_revision where article_id = '" + id + "'",
                    "update article_event set is_public = true where article_id = '" + id + "'",
                    "delete from article_event",
                    "truncate article_revision",
                    "drop table article_search",
                    "create table intruder (id int)"}) {
                SQLException refused = assertThrows(SQLException.class, () -> statement.execute(forbidden), forbidden);
                assertEquals(INSUFFICIENT_PRIVILEGE, refused.getSQLState(), forbidden + ": " + refused.getMessage());
            }
        }
    }
}
