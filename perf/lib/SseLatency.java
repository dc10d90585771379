import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Write-to-delivery through the gateway's event stream: writers create claims on claims-service, one client
 * follows /api/v1/events, and each claim.created event is matched to the write that caused it by the claim id.
 * Latency is measured from the moment the write was sent, and from the moment its answer (the commit) arrived,
 * to the moment its event arrived on the stream; the second is mostly the wait for the gateway's next poll. Run by
 * perf/sse-latency; plain JDK 17, no dependencies.
 *
 * Arguments: gatewayUrl articlesUrl claimsUrl token writers claimsPerWriter
 */
public class SseLatency {

    private static final Pattern CREATED =
            Pattern.compile("\"type\":\"claim\\.created\".*?\"subjectId\":\"([0-9a-f-]{36})\"");
    private static final Pattern ID = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"");
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    public static void main(String[] args) throws Exception {
        URI gateway = URI.create(args[0]);
        URI articles = URI.create(args[1]);
        URI claims = URI.create(args[2]);
        String token = args[3];
        int writers = Integer.parseInt(args[4]);
        int perWriter = Integer.parseInt(args[5]);

        String article = post(articles.resolve("/articles"), token, """
                {"title": "SSE latency %d", "lead": "Benchmark", "language": "nb", "tags": [], "authors": [],
                 "blocks": [{"type": "PARAGRAPH",
                             "text": "Ukrainske myndigheter hevder at de har skutt ned fire fly."}]}
                """.formatted(System.nanoTime()));
        String articleId = first(ID, article);
        String blockId = first(Pattern.compile("\"blocks\":\\[\\{\"id\":\"([0-9a-f-]{36})\""), article);

        Map<String, Long> delivered = new ConcurrentHashMap<>();
        HttpResponse<InputStream> stream = HTTP.send(HttpRequest.newBuilder(gateway.resolve("/api/v1/events"))
                .header("Accept", "text/event-stream").header("Authorization", "Bearer " + token).build(),
                HttpResponse.BodyHandlers.ofInputStream());
        if (stream.statusCode() != 200) {
            throw new IllegalStateException("stream answered " + stream.statusCode());
        }
        Thread reader = new Thread(() -> follow(stream.body(), delivered));
        reader.setDaemon(true);
        reader.start();
        Thread.sleep(1_500); // the stream is live once the gateway has registered it

        Map<String, Long> sent = new ConcurrentHashMap<>();
        Map<String, Long> committed = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        long start = System.nanoTime();
        List<Future<?>> work = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            work.add(pool.submit(() -> {
                for (int n = 0; n < perWriter; n++) {
                    long at = System.nanoTime();
                    String claim = post(claims.resolve("/claims"), token, claimBody(articleId, blockId));
                    String id = first(ID, claim);
                    committed.put(id, System.nanoTime());
                    sent.put(id, at);
                }
                return null;
            }));
        }
        for (Future<?> writer : work) {
            writer.get(10, TimeUnit.MINUTES);
        }
        long written = System.nanoTime();
        long deadline = written + TimeUnit.SECONDS.toNanos(30);
        while (!delivered.keySet().containsAll(sent.keySet()) && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        pool.shutdown();

        List<Double> latencies = new ArrayList<>();
        List<Double> afterCommit = new ArrayList<>();
        long lastDelivery = start;
        for (Map.Entry<String, Long> write : sent.entrySet()) {
            Long at = delivered.get(write.getKey());
            if (at != null) {
                latencies.add((at - write.getValue()) / 1e6);
                afterCommit.add(Math.max(0, at - committed.get(write.getKey())) / 1e6);
                lastDelivery = Math.max(lastDelivery, at);
            }
        }
        Collections.sort(latencies);
        Collections.sort(afterCommit);
        double seconds = (lastDelivery - start) / 1e9;
        System.out.printf("writers %d, events written %d, delivered %d, missing %d%n", writers, sent.size(),
                latencies.size(), sent.size() - latencies.size());
        System.out.printf("writes/s %.0f, events delivered/s %.0f (first write to last delivery, %.1f s)%n",
                sent.size() / ((written - start) / 1e9), latencies.size() / seconds, seconds);
        print("write sent to SSE delivery", latencies);
        print("write answered to SSE delivery", afterCommit);
        System.exit(sent.size() == latencies.size() ? 0 : 1);
    }

    private static void follow(InputStream body, Map<String, Long> delivered) {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.startsWith("data:")) {
                    Matcher created = CREATED.matcher(line);
                    if (created.find()) {
                        delivered.putIfAbsent(created.group(1), System.nanoTime());
                    }
                }
            }
        } catch (Exception e) {
            System.err.println("stream ended: " + e);
        }
    }

    private static String claimBody(String articleId, String blockId) {
        return """
                {"articleId": "%s",
                 "anchor": {"blockId": "%s", "start": 0, "end": 21, "quote": "Ukrainske myndigheter"},
                 "statement": "Ukrainske myndigheter hevder at de har skutt ned fire fly.",
                 "claimReviewed": "Fire fly skutt ned", "claimant": "Ukrainske myndigheter", "source": "Interfax",
                 "language": "nb", "independentlyConfirmed": false, "quantities": []}
                """.formatted(articleId, blockId);
    }

    private static String post(URI uri, String token, String json) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build();
        HttpResponse<String> answer = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 201) {
            throw new IllegalStateException("POST " + uri + " answered " + answer.statusCode() + ": " + answer.body());
        }
        return answer.body();
    }

    private static String first(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        if (!matcher.find()) {
            throw new IllegalStateException(pattern + " not found in " + text);
        }
        return matcher.group(1);
    }

    private static void print(String what, List<Double> sorted) {
        double max = sorted.isEmpty() ? Double.NaN : sorted.get(sorted.size() - 1);
        System.out.printf("%s, ms: p50 %.0f, p90 %.0f, p99 %.0f, max %.0f%n", what, percentile(sorted, 50),
                percentile(sorted, 90), percentile(sorted, 99), max);
    }

    private static double percentile(List<Double> sorted, int p) {
        return sorted.isEmpty() ? Double.NaN : sorted.get(Math.min(sorted.size() - 1,
                (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }
}
