package no.newsroom.claims.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import no.newsroom.devsupport.testing.RecordedSpans;
import no.newsroom.devsupport.testing.TracingProfile;
import no.newsroom.support.paging.PageCursor;
import no.newsroom.support.testing.TestTokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The SQL benchmark (bench/run-benchmark.sh) times the statements in bench/scenarios with pgbench, so each scenario
 * must be what the service runs for its request: the statements that count and choose a page, in the order the
 * service runs them, with pgbench expressions where the service binds parameters. The service's statements are read
 * from the JDBC spans of the request's own trace. A scenario may stop before the service does: at the benchmark's
 * sizes the first part of the review queue fills the page, here (with few claims) every part is read.
 */
@QuarkusTest
@TestProfile(TracingProfile.class)
class BenchScenarioSqlTest {

    private static final Path SCENARIOS = Path.of("bench", "scenarios");
    private static final String AFTER_MINUTE = PageCursor.of("createdAt", Instant.parse("2024-01-01T01:00:00Z"),
            new UUID(0, 0)).encode();
    private static final String AFTER_MINUTE_OF_RECHECKS = PageCursor.of("queue-recheck",
            Instant.parse("2024-01-01T01:00:00Z"), new UUID(0, 0)).encode();
    /** Each scenario's request, as bench/http-benchmark.sh sends it (one draw of its parameters). */
    private static final Map<String, String> REQUESTS = Map.ofEntries(
            Map.entry("list-article", "/claims?articleId=" + UUID.randomUUID()),
            Map.entry("list-assignee", "/claims?assignee=verifier7&cursor=" + AFTER_MINUTE),
            Map.entry("list-claimant", "/claims?claimant=Kilde 7"),
            Map.entry("list-fulltext", "/claims?q=ord7"),
            Map.entry("list-fulltext-two-words", "/claims?q=ord7 ord8"),
            Map.entry("list-language", "/claims?language=en&cursor=" + AFTER_MINUTE),
            Map.entry("list-recheck-due", "/claims?recheckDue=true"),
            Map.entry("list-status", "/claims?status=UNVERIFIED&cursor=" + AFTER_MINUTE),
            Map.entry("queue", "/review-queue"),
            Map.entry("queue-assignee", "/review-queue?assignee=verifier7"),
            Map.entry("queue-language", "/review-queue?language=en"),
            Map.entry("queue-overdue-page", "/review-queue?cursor=" + AFTER_MINUTE_OF_RECHECKS));
    /** The statements that count and choose a page; the rows of the page are then loaded by Hibernate. */
    private static final Pattern PAGE_STATEMENT = Pattern.compile(
            "^(select count\\(\\*\\) from \\(select 1 from|select c\\.\\* from claim c join|select unnest\\().*");

    @Inject
    RecordedSpans spans;

    @Test
    void shouldHaveARequestForEveryScenario() throws IOException {
        try (Stream<Path> files = Files.list(SCENARIOS)) {
            assertEquals(REQUESTS.keySet(), files.map(file -> file.getFileName().toString().replace(".sql", ""))
                    .collect(Collectors.toSet()));
        }
    }

    static Stream<Arguments> scenarios() {
        return REQUESTS.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(scenario -> Arguments.of(scenario.getKey(), scenario.getValue()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void shouldRunWhatTheServiceRuns(String scenario, String request) throws IOException {
        List<String> bench = benchStatements(Files.readAllLines(SCENARIOS.resolve(scenario + ".sql")));
        List<String> service = spans.sqlTexts(spans.tracedGet(TestTokens.verifier(), request)).stream()
                .filter(sql -> PAGE_STATEMENT.matcher(sql).matches())
                .toList();

        assertTrue(bench.size() <= service.size(), scenario + " has more statements than the service runs: " + service);
        for (int i = 0; i < bench.size(); i++) {
            assertTrue(asPattern(service.get(i)).matcher(bench.get(i)).matches(),
                    scenario + ", statement " + (i + 1) + ":\n  bench:   " + bench.get(i)
                            + "\n  service: " + service.get(i));
        }
    }

    /**
     * The statements pgbench sends on every call: not its meta-commands, not the planner's estimate (an \if block,
     * which the service runs only beyond 1,000 matches), and without the name \gset gives a count.
     */
    private static List<String> benchStatements(List<String> lines) {
        List<String> statements = new ArrayList<>();
        boolean conditional = false;
        for (String line : lines) {
            if (line.startsWith("\\if")) {
                conditional = true;
            } else if (line.startsWith("\\endif")) {
                conditional = false;
            } else if (!conditional && line.startsWith("select ")) {
                statements.add(line.replaceFirst(" \\\\gset$", "").replaceFirst(";$", "")
                        .replaceFirst(" as counted\\d+ ", " "));
            }
        }
        return statements;
    }

    /** The service's statement with any expression allowed where it binds a parameter. */
    private static Pattern asPattern(String sql) {
        return Pattern.compile(Arrays.stream(sql.split("\\?", -1)).map(Pattern::quote)
                .collect(Collectors.joining(".+?")));
    }
}
