package no.newsroom.devsupport;

import java.nio.file.Path;

/** Where local runs keep state that must never enter the repository: dev keys and embedded database files. */
final class DevHome {

    private DevHome() {
    }

    static Path directory() {
        String configured = System.getenv("NEWSROOM_HOME");
        return configured != null ? Path.of(configured) : Path.of(System.getProperty("user.home"), ".newsroom-claims");
    }
}
