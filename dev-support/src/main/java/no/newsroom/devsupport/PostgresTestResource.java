package no.newsroom.devsupport;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.Map;

/**
 * Points a {@code @QuarkusTest} at a real PostgreSQL database: the local server when one answers, otherwise an
 * embedded one. The database name comes from the {@code database} init argument.
 */
public class PostgresTestResource implements QuarkusTestResourceLifecycleManager {

    private String database = "newsroom_test";

    @Override
    public void init(Map<String, String> initArgs) {
        database = LocalPostgres.testDatabase(initArgs.getOrDefault("database", database));
    }

    @Override
    public Map<String, String> start() {
        String jdbcUrl = LocalPostgres.reachableOrEmbedded().ensureDatabase(database);
        return Map.of(
                "quarkus.datasource.jdbc.url", jdbcUrl,
                "quarkus.datasource.username", LocalPostgres.APP_ROLE,
                "quarkus.datasource.password", LocalPostgres.APP_ROLE,
                "quarkus.flyway.username", LocalPostgres.OWNER_ROLE,
                "quarkus.flyway.password", LocalPostgres.OWNER_ROLE);
    }

    @Override
    public void stop() {
        // The embedded server, if any, is shared by every test class of this JVM and stops with it.
    }
}
