package no.newsroom.claims.extraction;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Extraction cannot be made to burn CPU: 100,000 characters built to provoke re-scans and backtracking (long runs of
 * digits, spaces, number words and names, unclosed quotes and brackets, no sentence end) are each read in well under a
 * second. It measures the thread's CPU time, which other builds on a shared machine do not inflate, and keeps the best
 * of three reads: on a loaded machine the JIT compiles late, and a first read alone once took 544 ms where it usually
 * takes 150. Before the fix unclosed quotes and runs of initials took 9 to more than 20 seconds, every time.
 */
class AdversarialInputTest {

    static final int LENGTH = 100_000;
    private static final Duration LIMIT = Duration.ofMillis(500);
    private static final int READS = 3;

    private static final ClaimExtractor EXTRACTOR = new ClaimExtractor();

    @BeforeAll
    static void warmUp() {
        for (int i = 0; i < 200; i++) {
            EXTRACTOR.extract("Politiet sier at 300 000 mennesker ble evakuert, ifølge NTB.", "nb");
            EXTRACTOR.extract("At least 40 people were killed, police told Reuters.", "en");
        }
    }

    static Stream<Arguments> adversarialInputs() {
        return Stream.of(
                Arguments.of("digits", "nb", repeat("1234567890")),
                Arguments.of("digit groups", "nb", repeat("123 ")),
                Arguments.of("single digits and spaces", "en", repeat("1 ")),
                Arguments.of("spaces", "nb", "Politiet sier" + repeat(" ") + "at 3 døde."),
                Arguments.of("dotted digits", "nb", repeat("1.")),
                Arguments.of("comma digits", "en", repeat("1,")),
                Arguments.of("digit ranges", "nb", repeat("1-2 ")),
                Arguments.of("unclosed guillemet", "nb", "«" + repeat("Han sier at 3 døde. ")),
                Arguments.of("unclosed curly quote", "en", "“" + repeat("He said 3 died. ")),
                Arguments.of("odd straight quotes", "en", repeat("\"He said 3 died. \" \"")),
                Arguments.of("unclosed brackets", "nb", repeat("(sier [Politiet {ifølge ")),
                Arguments.of("no sentence end", "nb", repeat("Politiet i Oslo sier at tre personer ble skadet og ")),
                Arguments.of("no sentence end", "en", repeat("police in Oslo said three people were hurt and ")),
                Arguments.of("number words", "nb", repeat("ett ")),
                Arguments.of("number words with fillers", "en", repeat("one hundred and ")),
                Arguments.of("scale words", "nb", repeat("tusen millioner ")),
                Arguments.of("abbreviations", "nb", repeat("ca. bl.a. ")),
                Arguments.of("initials", "en", repeat("A. B. ")),
                Arguments.of("capitalised names", "nb", repeat("Ola Nordmann ")),
                Arguments.of("appositions", "nb", repeat("Kari Nordmann, ordfører i Oslo, ")),
                Arguments.of("attribution markers", "nb", repeat("ifølge sier melder ")),
                Arguments.of("attribution markers", "en", repeat("according to said told ")),
                Arguments.of("dashes", "nb", repeat("– ")),
                Arguments.of("one line per character", "nb", repeat("a\n")));
    }

    @ParameterizedTest(name = "{0} ({1})")
    @MethodSource("adversarialInputs")
    void shouldReadAHundredThousandCharactersInWellUnderASecond(String name, String language, String text) {
        // When
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Duration best = null;
        for (int read = 0; read < READS && (best == null || best.compareTo(LIMIT) >= 0); read++) {
            long start = threads.getCurrentThreadCpuTime();
            ExtractionResult result = EXTRACTOR.extract(text, language);
            Duration took = Duration.ofNanos(threads.getCurrentThreadCpuTime() - start);
            assertNotNull(result.candidates());
            best = best == null || took.compareTo(best) < 0 ? took : best;
        }

        // Then
        assertTrue(best.compareTo(LIMIT) < 0, name + " took " + best.toMillis() + " ms of CPU time at best");
    }

    static String repeat(String unit) {
        return unit.repeat(LENGTH / unit.length() + 1).substring(0, LENGTH);
    }
}
