package no.newsroom.support.rest;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * docs/problems.md lists every problem type the suite can send, once: the types the services' and the gateway's
 * sources build must be exactly its headings, and every example in the public API document must use one of them.
 */
class ProblemCatalogueTest {

    private static final List<String> SOURCES = List.of("articles-service/src/main/java",
            "claims-service/src/main/java", "gateway/src/main/java", "service-support/src/main/java");
    private static final Pattern HEADING = Pattern.compile("(?m)^## (\\S+)$");
    /** The ways the mappers and filters name a type: in full, after TYPE_BASE, or as problem(status, "name", ...). */
    private static final List<Pattern> TYPE_IN_SOURCE = List.of(
            Pattern.compile("newsroom\\.example/problems/([a-z0-9-]+)"),
            Pattern.compile("TYPE_BASE \\+ \"([a-z0-9-]+)\""),
            Pattern.compile("problem\\(\\d{3}, \"([a-z0-9-]+)\""),
            Pattern.compile("\"(about:blank)\""));
    private static final Pattern TYPE_IN_DOCUMENT = Pattern.compile("newsroom\\.example/problems/([a-z0-9-]+)");

    private static Path root;

    @BeforeAll
    static void findTheRepository() {
        Path directory = Path.of("").toAbsolutePath();
        while (directory != null && !Files.exists(directory.resolve("docs/problems.md"))) {
            directory = directory.getParent();
        }
        assertTrue(directory != null, "docs/problems.md not found above " + Path.of("").toAbsolutePath());
        root = directory;
    }

    @Test
    void shouldListEachTypeOnce() {
        List<String> headings = matches(read(root.resolve("docs/problems.md")), HEADING);

        assertEquals(headings.size(), Set.copyOf(headings).size(), "duplicate headings in " + headings);
    }

    @Test
    void shouldListExactlyTheTypesTheSuiteSends() {
        Set<String> sent = new TreeSet<>();
        for (String source : SOURCES) {
            Path directory = root.resolve(source);
            assertTrue(Files.isDirectory(directory), directory + " is missing");
            javaFiles(directory).forEach(file -> TYPE_IN_SOURCE.forEach(pattern ->
                    sent.addAll(matches(read(file), pattern))));
        }

        assertEquals(catalogue(), sent, "docs/problems.md and the types the sources send differ");
    }

    @Test
    void shouldUseOnlyCataloguedTypesInTheApiDocument() {
        Set<String> used = new TreeSet<>(matches(read(root.resolve("gateway/src/main/openapi/openapi.yaml")),
                TYPE_IN_DOCUMENT));

        used.removeAll(catalogue());
        assertEquals(Set.of(), used, "the API document uses problem types missing from docs/problems.md");
    }

    private static Set<String> catalogue() {
        return new TreeSet<>(matches(read(root.resolve("docs/problems.md")), HEADING));
    }

    private static List<String> matches(String text, Pattern pattern) {
        Matcher matcher = pattern.matcher(text);
        return matcher.results().map(result -> result.group(1)).toList();
    }

    private static List<Path> javaFiles(Path directory) {
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(file -> file.toString().endsWith(".java")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
