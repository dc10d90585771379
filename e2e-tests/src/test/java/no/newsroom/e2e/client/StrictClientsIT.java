package no.newsroom.e2e.client;

import no.newsroom.e2e.RunningSuite;
import no.newsroom.e2e.client.generated.ApiException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Client apps generated from the committed API document, as strict as generators make them, run the editorial
 * scenario (import, extract, review, approve, anonymous read-back) through Stoplight Prism's validating proxy: the
 * Java client, and a TypeScript client (OpenAPI Generator typescript-fetch) compiled with {@code tsc --strict} and
 * run by node. Prism checks every request and answer against the document; any violation, request or response, or
 * a route the document does not have, fails the test. Needs node and npx (see {@link NodeTools}).
 */
class StrictClientsIT {

    private static final Path TYPESCRIPT_PROJECT = NodeTools.e2eModule().resolve("src/test/typescript/tsconfig.json");
    private static final Path TYPESCRIPT_SCENARIO =
            NodeTools.e2eModule().resolve("target/typescript-scenario/src/test/typescript/scenario.js");

    private static RunningSuite suite;
    private static PrismProxy prism;

    @BeforeAll
    static void startSuiteBehindPrism() {
        suite = RunningSuite.get();
        prism = PrismProxy.inFrontOf(suite, "prism.log");
    }

    @AfterAll
    static void stopPrism() {
        if (prism != null) {
            prism.close();
        }
    }

    @Test
    void shouldRunTheJavaClientScenarioThroughPrismWithoutViolations() throws ApiException {
        int before = prism.violations().size();

        new JavaClientScenario(suite, prism.url()).run();

        prism.assertNoViolationsSince(before);
    }

    @Test
    void shouldRunTheStrictlyCompiledTypeScriptClientScenarioThroughPrismWithoutViolations() {
        Path compileLog = PrismProxy.log("tsc.log");
        int compiled = NodeTools.run(NodeTools.npx(NodeTools.TYPESCRIPT, "tsc", "--project",
                TYPESCRIPT_PROJECT.toString(), "--strict"), NodeTools.e2eModule(), Map.of(), compileLog);
        assertEquals(0, compiled, () -> "tsc --strict failed:\n" + NodeTools.read(compileLog));
        int before = prism.violations().size();

        Path runLog = PrismProxy.log("typescript-scenario.log");
        int ran = NodeTools.run(List.of("node", TYPESCRIPT_SCENARIO.toString()), NodeTools.e2eModule(), Map.of(
                "NEWSROOM_API_URL", prism.url().toString(),
                "EDITOR_TOKEN", suite.token("nina", "editor"),
                "VERIFIER_TOKEN", suite.token("kari", "verifier"),
                "SECOND_VERIFIER_TOKEN", suite.token("ola", "verifier")), runLog);

        assertEquals(0, ran, () -> "the TypeScript scenario failed:\n" + NodeTools.read(runLog));
        prism.assertNoViolationsSince(before);
    }
}
