package no.newsroom.e2e.client;

import no.newsroom.e2e.RunningSuite;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * node and the npm packages the strict-client tests run with npx. The versions are pinned here and prefetched by
 * {@code .ci/run}. In CI a missing tool fails the test; elsewhere the test is skipped with the reason.
 */
final class NodeTools {

    static final String PRISM = "@stoplight/prism-cli@5.16.0";
    static final String TYPESCRIPT = "typescript@5.9.3";

    private static final Duration COMMAND_TIMEOUT = Duration.ofMinutes(5);

    private NodeTools() {
    }

    /** Fails in CI, skips elsewhere, unless node and npx are on the PATH. */
    static void requireNodeAndNpx() {
        for (String command : List.of("node", "npx")) {
            if (!onPath(command)) {
                String reason = command + " is not on the PATH; the strict-client replay needs node 20 and npx";
                if (System.getenv("CI") != null) {
                    Assertions.fail(reason + " (CI is set, so this is a failure, not a skip)");
                }
                Assumptions.abort(reason);
            }
        }
    }

    /** npx running {@code command} of {@code npmPackage}, fetched from npm on first use. */
    static List<String> npx(String npmPackage, String command, String... arguments) {
        List<String> line = new ArrayList<>(List.of("npx", "--yes", "--package", npmPackage, "--", command));
        line.addAll(List.of(arguments));
        return line;
    }

    /** Runs a command to its end in {@code directory}; its output goes to {@code log}, its exit code is returned. */
    static int run(List<String> command, Path directory, Map<String, String> environment, Path log) {
        try {
            Files.createDirectories(log.getParent());
            ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile())
                    .redirectErrorStream(true).redirectOutput(log.toFile());
            builder.environment().putAll(environment);
            Process process = builder.start();
            if (!process.waitFor(COMMAND_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                Assertions.fail(String.join(" ", command) + " did not finish within " + COMMAND_TIMEOUT);
            }
            return process.exitValue();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path e2eModule() {
        return RunningSuite.root().resolve("e2e-tests");
    }

    private static boolean onPath(String command) {
        String path = System.getenv().getOrDefault("PATH", "");
        return List.of(path.split(File.pathSeparator)).stream()
                .anyMatch(directory -> Files.isExecutable(Path.of(directory, command)));
    }
}
