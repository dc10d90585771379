package no.newsroom.k8s;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The HTTP port each service listens on in its prod profile, as its own application.properties says. */
final class QuarkusHttpPorts {

    /** Quarkus' own default, used when a service does not set the port (or its module is not there yet). */
    static final int QUARKUS_DEFAULT_PORT = 8080;

    private static final Pattern EXPRESSION_WITH_DEFAULT = Pattern.compile("\\$\\{[^:}]+:(\\d+)}");

    private final Path repositoryRoot;

    QuarkusHttpPorts(Path repositoryRoot) {
        this.repositoryRoot = repositoryRoot;
    }

    int prodPortOf(String service) {
        Path file = repositoryRoot.resolve(service).resolve("src/main/resources/application.properties");
        if (!Files.isRegularFile(file)) {
            return QUARKUS_DEFAULT_PORT;
        }
        Properties properties = load(file);
        String value = properties.getProperty("%prod.quarkus.http.port", properties.getProperty("quarkus.http.port"));
        return value == null ? QUARKUS_DEFAULT_PORT : parse(value.trim(), file);
    }

    private static Properties load(Path file) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file)) {
            properties.load(reader);
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int parse(String value, Path file) {
        Matcher expression = EXPRESSION_WITH_DEFAULT.matcher(value);
        String number = expression.matches() ? expression.group(1) : value;
        try {
            return Integer.parseInt(number);
        } catch (NumberFormatException e) {
            throw new IllegalStateException("Cannot read the HTTP port '" + value + "' in " + file, e);
        }
    }
}
