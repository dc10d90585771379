package no.newsroom.claims.extraction;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Measures extraction throughput on one thread, in sentences per second, over the evaluation set and the seed
 * article. A measurement, not a test: it asserts nothing and is not part of the normal build. It reports both
 * wall-clock throughput and throughput per second of the thread's CPU time; on a machine shared with other builds
 * the second is the one that tells what the code costs.
 *
 * <p>Run it with:
 * <pre>./mvnw -q -pl claims-service test -Dtest=ExtractionBenchmark</pre>
 */
class ExtractionBenchmark {

    private static final long WARM_UP_NANOS = 3_000_000_000L;
    private static final long MEASURE_NANOS = 10_000_000_000L;

    public static void main(String[] args) throws IOException {
        ClaimExtractor extractor = new ClaimExtractor();
        List<String[]> texts = texts();
        int sentencesPerRound = sentenceCount(texts);
        runFor(extractor, texts, WARM_UP_NANOS);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long start = System.nanoTime();
        long cpuStart = threads.getCurrentThreadCpuTime();
        long rounds = runFor(extractor, texts, MEASURE_NANOS);
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
        long sentences = rounds * sentencesPerRound;
        System.out.printf(Locale.ROOT, "%d texts, %d sentences per round, %d rounds in %.1f s (%.1f s CPU)%n",
                texts.size(), sentencesPerRound, rounds, seconds, cpuSeconds);
        System.out.printf(Locale.ROOT, "%.0f sentences/s wall clock, %.0f sentences/s per CPU second%n",
                sentences / seconds, sentences / cpuSeconds);
    }

    @Test
    void printsSentencesPerSecondOnOneThread() throws IOException {
        main(new String[0]);
    }

    private static long runFor(ClaimExtractor extractor, List<String[]> texts, long nanos) {
        long rounds = 0;
        long end = System.nanoTime() + nanos;
        while (System.nanoTime() < end) {
            for (String[] text : texts) {
                extractor.extract(text[0], text[1]);
            }
            rounds++;
        }
        return rounds;
    }

    private static List<String[]> texts() throws IOException {
        List<String[]> texts = new ArrayList<>();
        for (EvaluationCase evaluationCase : EvaluationCase.loadAll()) {
            texts.add(new String[] {evaluationCase.text(), evaluationCase.language()});
        }
        texts.add(new String[] {seedArticle(), "nb"});
        return texts;
    }

    private static int sentenceCount(List<String[]> texts) {
        int count = 0;
        for (String[] text : texts) {
            Language language = Language.fromTag(text[1]).orElseThrow();
            for (SentenceSplitter.Line line : new SentenceSplitter(language).split(text[0])) {
                count += line.sentences().size();
            }
        }
        return count;
    }

    static String seedArticle() throws IOException {
        try (InputStream in = ExtractionBenchmark.class.getResourceAsStream(SeedArticleExtractionTest.SEED)) {
            if (in == null) {
                throw new IllegalStateException("Missing test resource " + SeedArticleExtractionTest.SEED);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
