package no.newsroom.devsupport;

import java.nio.file.Path;
import java.util.List;

/**
 * {@code ./suite start} runs this first: it creates the service databases on the local PostgreSQL, or, when
 * none answers on localhost:5432, starts an embedded one there and keeps it running until the process is stopped.
 */
public final class DevDatabaseCommand {

    private static final List<String> SERVICE_DATABASES = List.of("articles", "claims");

    private DevDatabaseCommand() {
    }

    public static void main(String[] args) throws InterruptedException {
        LocalPostgres configured = LocalPostgres.fromEnvironment();
        if (configured.isReachable()) {
            SERVICE_DATABASES.forEach(configured::ensureDatabase);
            System.out.println("postgres: using the server on port " + configured.port());
            return;
        }
        Path dataDirectory = DevHome.directory().resolve("postgres");
        LocalPostgres.startEmbedded(configured.port(), dataDirectory);
        SERVICE_DATABASES.forEach(configured::ensureDatabase);
        System.out.println("postgres: started an embedded server on port " + configured.port()
                + " with data in " + dataDirectory);
        Thread.currentThread().join();
    }
}
