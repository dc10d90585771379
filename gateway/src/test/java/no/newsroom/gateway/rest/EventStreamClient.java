package no.newsroom.gateway.rest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** One open event stream, read line by line the way a browser's EventSource reads it. */
final class EventStreamClient implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final HttpResponse<InputStream> response;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private SseEvent.Builder current = new SseEvent.Builder();

    private EventStreamClient(HttpResponse<InputStream> response) {
        this.response = response;
        Thread reader = new Thread(this::pump, "event-stream-reader");
        reader.setDaemon(true);
        reader.start();
    }

    /** Opens the stream; answers once the status and headers arrived. */
    static EventStreamClient open(URI events, String token, String lastEventId) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(events).header("Accept", "text/event-stream");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (lastEventId != null) {
            request.header("Last-Event-ID", lastEventId);
        }
        return new EventStreamClient(HTTP.send(request.build(), HttpResponse.BodyHandlers.ofInputStream()));
    }

    int status() {
        return response.statusCode();
    }

    String header(String name) {
        return response.headers().firstValue(name).orElse(null);
    }

    /** The body of a refused stream. */
    String body() throws InterruptedException {
        StringBuilder body = new StringBuilder();
        String line = lines.poll(5, TimeUnit.SECONDS);
        while (line != null) {
            body.append(line);
            line = lines.poll(200, TimeUnit.MILLISECONDS);
        }
        return body.toString();
    }

    /** The next {@code count} events, or fewer when {@code wait} passed first. */
    List<SseEvent> events(int count, Duration wait) throws InterruptedException {
        List<SseEvent> received = new ArrayList<>();
        long deadline = System.nanoTime() + wait.toNanos();
        while (received.size() < count && System.nanoTime() < deadline) {
            String line = lines.poll(100, TimeUnit.MILLISECONDS);
            if (line == null) {
                continue;
            }
            if (line.isEmpty()) {
                current.build().ifPresent(received::add);
                current = new SseEvent.Builder();
            } else {
                current.read(line);
            }
        }
        return received;
    }

    /** Whether a comment line such as {@code : heartbeat} arrived within {@code wait}. */
    boolean awaitComment(String comment, Duration wait) throws InterruptedException {
        long deadline = System.nanoTime() + wait.toNanos();
        while (System.nanoTime() < deadline) {
            String line = lines.poll(100, TimeUnit.MILLISECONDS);
            if (line != null && line.startsWith(":") && line.substring(1).trim().equals(comment)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void close() throws IOException {
        response.body().close();
    }

    private void pump() {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(response.body(),
                StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lines.add(line);
            }
        } catch (IOException e) {
            // closed by the test or by the server: the lines read so far stay in the queue
        }
    }

    record SseEvent(String id, String name, String data) {

        static final class Builder {
            private String id;
            private String name;
            private final StringBuilder data = new StringBuilder();

            void read(String line) {
                if (line.startsWith("id:")) {
                    id = line.substring(3).trim();
                } else if (line.startsWith("event:")) {
                    name = line.substring(6).trim();
                } else if (line.startsWith("data:")) {
                    data.append(line.substring(5).trim());
                }
            }

            Optional<SseEvent> build() {
                return name == null ? Optional.empty() : Optional.of(new SseEvent(id, name, data.toString()));
            }
        }
    }

    static void closeQuietly(EventStreamClient stream) {
        try {
            stream.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
