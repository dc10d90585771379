package no.newsroom.k8s;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The HTTP port each service listens on in its prod profile, as its own application.properties says. */
final class QuarkusHttpPorts {

    /** Quarkus' own default, used when a service does not set the port (or its module is not there yet). */
    static final int QUARKUS_DEFAULT_PORT = 8080;
    static final int QUARKUS_DEFAULT_MANAGEMENT_PORT = 9000;

    private static final Pattern EXPRESSION_WITH_DEFAULT = Pattern.compile("\\$\\{[^:}]+:(\\d+)}");

    private final Path repositoryRoot;

    QuarkusHttpPorts(Path repositoryRoot) {
        this.repositoryRoot = repositoryRoot;
    }

    int prodPortOf(String service) {
        return prodPort(service, "quarkus.http.port").orElse(QUARKUS_DEFAULT_PORT);
    }

    /**
     * Where health checks answer in the prod profile: the management interface's port when the service enables it
     * ({@code quarkus.management.enabled}), otherwise the HTTP port.
     */
    int prodHealthPortOf(String service) {
        boolean management = prodProperty(service, "quarkus.management.enabled").map(Boolean::parseBoolean)
                .orElse(false);
        return management ? prodPort(service, "quarkus.management.port").orElse(QUARKUS_DEFAULT_MANAGEMENT_PORT)
                : prodPortOf(service);
    }

    private Optional<Integer> prodPort(String service, String property) {
        Path file = propertiesOf(service);
        return prodProperty(service, property).map(value -> parse(value.trim(), file));
    }

    private Optional<String> prodProperty(String service, String property) {
        Path file = propertiesOf(service);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties properties = load(file);
        return Optional.ofNullable(properties.getProperty("%prod." + property,
                properties.getProperty(property)));
    }

    private Path propertiesOf(String service) {
        return repositoryRoot.resolve(service).resolve("src/main/resources/application.properties");
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
