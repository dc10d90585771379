import com.sun.net.httpserver.HttpServer;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Write-to-webhook latency and throughput against a running claims-service: a receiver on loopback subscribes to
 * claim.created, WRITERS threads create EVENTS claims over HTTP, and each claim's latency runs from the start of its
 * POST /claims to the arrival of its webhook. Run by webhook-benchmark.sh:
 * java WebhookBenchmark.java <service URL> <token> <events> <writers>
 */
public class WebhookBenchmark {

    private static final Pattern CLAIM_ID = Pattern.compile("\"claimId\"\\s*:\\s*\"([0-9a-f-]{36})\"");
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");

    public static void main(String[] args) throws Exception {
        String service = args[0];
        String token = args[1];
        int events = Integer.parseInt(args[2]);
        int writers = Integer.parseInt(args[3]);
        Map<String, Long> written = new ConcurrentHashMap<>();
        Map<String, Long> committed = new ConcurrentHashMap<>();
        Map<String, Long> arrived = new ConcurrentHashMap<>();
        AtomicInteger duplicates = new AtomicInteger();

        HttpServer receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        ExecutorService receiving = Executors.newFixedThreadPool(8);
        receiver.setExecutor(receiving);
        receiver.createContext("/hooks", exchange -> {
            long now = System.nanoTime();
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            Matcher claim = CLAIM_ID.matcher(body);
            if (claim.find() && arrived.putIfAbsent(claim.group(1), now) != null) {
                duplicates.incrementAndGet();
            }
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.start();

        HttpClient http = HttpClient.newHttpClient();
        String hook = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hooks";
        HttpResponse<String> subscribed = http.send(post(service + "/webhooks", token,
                        "{\"url\": \"" + hook + "\", \"eventTypes\": [\"claim.created\"]}"),
                HttpResponse.BodyHandlers.ofString());
        if (subscribed.statusCode() != 201) {
            throw new IllegalStateException("subscribing answered " + subscribed.statusCode() + ": "
                    + subscribed.body());
        }

        ExecutorService pool = Executors.newFixedThreadPool(writers);
        long started = System.nanoTime();
        for (int i = 0; i < events; i++) {
            pool.submit(() -> {
                long before = System.nanoTime();
                HttpResponse<String> created = http.send(post(service + "/claims", token, claim()),
                        HttpResponse.BodyHandlers.ofString());
                Matcher id = ID.matcher(created.body());
                if (created.statusCode() != 201 || !id.find()) {
                    throw new IllegalStateException("creating a claim answered " + created.statusCode());
                }
                committed.put(id.group(1), System.nanoTime());
                written.put(id.group(1), before);
                return null;
            });
        }
        pool.shutdown();
        pool.awaitTermination(10, TimeUnit.MINUTES);
        long writesDone = System.nanoTime();
        long deadline = writesDone + TimeUnit.MINUTES.toNanos(5);
        while (!arrived.keySet().containsAll(written.keySet()) && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        receiver.stop(0);
        receiving.shutdown();
        Matcher subscription = ID.matcher(subscribed.body());
        if (subscription.find()) {
            HttpRequest unsubscribe = HttpRequest.newBuilder(URI.create(service + "/webhooks/" + subscription.group(1)))
                    .header("Authorization", "Bearer " + token).DELETE().build();
            int status = http.send(unsubscribe, HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status != 204) {
                System.err.println("unsubscribing answered " + status);
            }
        }

        List<Double> latencies = new ArrayList<>();
        List<Double> afterCommit = new ArrayList<>();
        long last = started;
        for (var entry : written.entrySet()) {
            Long at = arrived.get(entry.getKey());
            if (at != null) {
                latencies.add((at - entry.getValue()) / 1e6);
                afterCommit.add((at - committed.get(entry.getKey())) / 1e6);
                last = Math.max(last, at);
            }
        }
        Collections.sort(latencies);
        Collections.sort(afterCommit);
        double seconds = (last - started) / 1e9;
        System.out.printf("events written        %d (%d writers, %.0f writes/s)%n", written.size(), writers,
                written.size() / ((writesDone - started) / 1e9));
        System.out.printf("webhooks delivered   %d (duplicates %d, missing %d)%n", latencies.size(), duplicates.get(),
                written.size() - latencies.size());
        System.out.printf("throughput           %.0f events/s from the first write to the last delivery%n",
                latencies.size() / seconds);
        System.out.printf("latency POST→webhook  p50 %.0f ms, p99 %.0f ms, max %.0f ms%n", percentile(latencies, 50),
                percentile(latencies, 99), latencies.isEmpty() ? 0 : latencies.get(latencies.size() - 1));
        System.out.printf("latency 201→webhook   p50 %.0f ms, p99 %.0f ms (from the write's answer)%n",
                percentile(afterCommit, 50), percentile(afterCommit, 99));
        System.exit(latencies.size() == written.size() && written.size() == events ? 0 : 1);
    }

    private static HttpRequest post(String url, String token, String json) {
        return HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build();
    }

    private static String claim() {
        String quote = "Ukrainske myndigheter hevder at de har skutt ned fire russiske fly.";
        return "{\"articleId\": \"" + UUID.randomUUID() + "\", \"anchor\": {\"blockId\": \"" + UUID.randomUUID()
                + "\", \"start\": 0, \"end\": " + quote.length() + ", \"quote\": \"" + quote + "\"}, \"statement\": \""
                + quote + "\", \"claimReviewed\": \"Ukraina skjøt ned fire russiske fly\", \"claimant\": "
                + "\"Ukrainske myndigheter\", \"language\": \"nb\", \"quantities\": []}";
    }

    private static double percentile(List<Double> sorted, int percentile) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index));
    }
}
