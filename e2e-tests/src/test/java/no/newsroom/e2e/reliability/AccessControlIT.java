package no.newsroom.e2e.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import no.newsroom.e2e.RunningSuite;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Who may write, and what readers may see. Every write endpoint, public and internal, refuses a missing, expired,
 * foreign-signed or wrong-role token; readers and anonymous callers never see a draft article or a verdict that a
 * second verifier has not approved yet, through any read endpoint, list, search or the event stream.
 */
class AccessControlIT {

    private static final Duration LEAK_WINDOW = Duration.ofSeconds(4);
    private static final Duration PUBLIC_EVENT_TIMEOUT = Duration.ofSeconds(30);

    private static Newsroom newsroom;
    private static String editor;
    private static JsonNode article;
    private static JsonNode claim;

    @BeforeAll
    static void createOwnArticleAndClaim() {
        newsroom = new Newsroom();
        editor = newsroom.token("access-editor", "editor");
        article = newsroom.createArticle(editor, Newsroom.uniqueWord("Tilgang "),
                "Ukrainske myndigheter hevder at de har skutt ned fire russiske fly det siste døgnet.");
        claim = newsroom.createClaim(editor, article, 0, "Fire fly skutt ned");
    }

    /** Write endpoints of the public API with a valid body, and the roles they admit. */
    private static List<WriteEndpoint> writeEndpoints() {
        String articleId = article.path("id").asText();
        String claimId = claim.path("id").asText();
        String editors = "editor,admin";
        String verifiers = "verifier,admin";
        return List.of(
                new WriteEndpoint("POST", "/api/v1/articles", Api.JSON,
                        Api.json(Newsroom.articleBody("Uautorisert", "Tekst.")), editors),
                new WriteEndpoint("PUT", "/api/v1/articles/" + articleId, Api.JSON,
                        Api.json(Newsroom.articleBody("Uautorisert", "Tekst.")), editors),
                new WriteEndpoint("PATCH", "/api/v1/articles/" + articleId, Api.MERGE_PATCH,
                        "{\"title\":\"Uautorisert\"}", editors),
                new WriteEndpoint("POST", "/api/v1/articles/" + articleId + "/publish", null, null, editors),
                new WriteEndpoint("POST", "/api/v1/articles/" + articleId + "/unpublish", null, null, editors),
                new WriteEndpoint("POST", "/api/v1/articles/" + articleId + "/archive", null, null, editors),
                new WriteEndpoint("POST", "/api/v1/articles/import?language=nb&title=Uautorisert", "text/plain",
                        "Uautorisert\n\nEt avsnitt.", editors),
                new WriteEndpoint("POST", "/api/v1/articles/" + articleId + "/blocks?position=top", Api.JSON,
                        "{\"type\":\"PARAGRAPH\",\"text\":\"Uautorisert\"}", editors),
                new WriteEndpoint("POST", "/api/v1/articles/" + articleId + "/claims:extract", null, null, editors),
                new WriteEndpoint("POST", "/api/v1/claims", Api.JSON,
                        Api.json(Newsroom.claimBody(article, 0, "Uautorisert")), editors),
                new WriteEndpoint("PATCH", "/api/v1/claims/" + claimId, Api.MERGE_PATCH,
                        "{\"claimReviewed\":\"Uautorisert\"}", "editor,verifier,admin"),
                new WriteEndpoint("POST", "/api/v1/claims/" + claimId + "/transitions", Api.JSON,
                        "{\"to\":\"IN_REVIEW\"}", verifiers),
                new WriteEndpoint("POST", "/api/v1/claims/" + claimId + "/approval", null, null, verifiers),
                new WriteEndpoint("POST", "/api/v1/claims/" + claimId + "/withdrawal", Api.JSON,
                        "{\"reason\":\"Uautorisert\"}", "editor,verifier,admin"),
                new WriteEndpoint("POST", "/api/v1/claims/" + claimId + "/evidence", Api.JSON,
                        "{\"type\":\"OSINT\",\"description\":\"Uautorisert\",\"independent\":true}",
                        "editor,verifier,admin"),
                new WriteEndpoint("POST", "/api/v1/extractions", Api.JSON,
                        "{\"text\":\"Ukrainske myndigheter hevder at de har skutt ned fire fly.\",\"language\":\"nb\"}",
                        editors));
    }

    @Test
    void shouldRefuseEveryWriteWithoutAValidTokenOfAnAdmittedRole() {
        List<String> failures = new ArrayList<>();
        int checked = 0;
        for (WriteEndpoint endpoint : writeEndpoints()) {
            for (Target target : targets(endpoint)) {
                Map<String, String> credentials = new java.util.LinkedHashMap<>();
                credentials.put("no token", null);
                credentials.put("expired token", newsroom.expiredToken("intruder", "admin"));
                credentials.put("foreign signature", newsroom.foreignToken("intruder", "admin"));
                for (Map.Entry<String, String> credential : credentials.entrySet()) {
                    checked++;
                    check(failures, endpoint, target, credential.getKey(), credential.getValue(), 401);
                }
                for (String role : List.of("reader", "editor", "verifier")) {
                    if (!endpoint.roles().contains(role)) {
                        checked++;
                        check(failures, endpoint, target, "role " + role, newsroom.token("intruder-" + role, role),
                                403);
                    }
                }
            }
        }
        System.out.println("authorization checks: " + checked + ", failures: " + failures.size());
        assertTrue(failures.isEmpty(), failures.size() + " of " + checked + " checks failed:\n"
                + String.join("\n", failures));
    }

    private static List<Target> targets(WriteEndpoint endpoint) {
        String internal = endpoint.path().substring("/api/v1".length());
        List<Target> targets = new ArrayList<>(List.of(new Target("gateway", newsroom.gateway, endpoint.path())));
        if (internal.startsWith("/articles") && !internal.contains("claims:extract")) {
            targets.add(new Target("articles-service", newsroom.articles, internal));
        } else if (!internal.startsWith("/articles")) {
            targets.add(new Target("claims-service", newsroom.claims, internal));
        }
        return targets;
    }

    private static void check(List<String> failures, WriteEndpoint endpoint, Target target, String credential,
                              String token, int expected) {
        Api.Call call = target.api().call(endpoint.method(), target.path()).token(token).ifMatch("\"0\"");
        if (endpoint.contentType() != null) {
            call.body(endpoint.contentType(), endpoint.body());
        }
        Api.Answer answer = call.send();
        if (answer.status() != expected || !answer.isProblem()) {
            failures.add(target.name() + " " + endpoint.method() + " " + target.path() + " with " + credential
                    + ": expected " + expected + " problem+json, got " + answer.status() + " "
                    + answer.header("Content-Type").orElse("(no content type)"));
        }
    }

    @Test
    void shouldNeverShowReadersADraftArticleOrAnUnapprovedVerdict() throws Exception {
        // Given: readers watching the event stream
        String reader = newsroom.token("access-reader", "reader");
        EventStream anonymousStream = EventStream.open(newsroom.suite.url(no.newsroom.e2e.RunningSuite.Service.GATEWAY)
                .resolve("/api/v1/events"), null);
        EventStream readerStream = EventStream.open(newsroom.suite.url(no.newsroom.e2e.RunningSuite.Service.GATEWAY)
                .resolve("/api/v1/events"), reader);
        try {
            // When: an editor writes a draft and a verifier proposes a verdict on a published article's claim
            String secretWord = Newsroom.uniqueWord("utkast");
            JsonNode draft = newsroom.createArticle(editor, Newsroom.uniqueWord("Utkast "),
                    "Dette utkastet " + secretWord + " er ikke publisert.");
            JsonNode published = newsroom.publish(editor, newsroom.createArticle(editor,
                    Newsroom.uniqueWord("Publisert "),
                    "Ukrainske myndigheter hevder at de har skutt ned fire russiske fly det siste døgnet."));
            JsonNode unapproved = newsroom.createClaim(editor, published, 0, "Fire fly skutt ned");
            // Readers see the claim once claims-service has read the article's publication from its feed.
            assertTrue(awaitReaderStatus("/api/v1/claims/" + unapproved.path("id").asText(), 200),
                    "readers see the published article's claim");
            String rationale = Newsroom.uniqueWord("begrunnelse");
            proposeConfirmed(unapproved, rationale);
            RunningSuite.sleep(LEAK_WINDOW);
            Instant proposalSettled = Instant.now();

            // Then: nothing of it through any read
            List<String> secrets = List.of(secretWord, draft.path("id").asText(), rationale);
            String claimId = unapproved.path("id").asText();
            List<String> leaks = new ArrayList<>();
            for (String token : java.util.Arrays.asList(null, reader)) {
                for (String path : readerPaths(draft, published, claimId, secretWord)) {
                    Api.Answer answer = readPatiently(path, token);
                    if (answer.status() >= 500) {
                        leaks.add(answer + " (a read failed)");
                    }
                    if (!answer.isSuccess()) {
                        continue;
                    }
                    secrets.stream().filter(answer.body()::contains)
                            .forEach(secret -> leaks.add(answer + " shows " + secret));
                    if (answer.header("Content-Type").orElse("").contains("json")
                            && showsUnapprovedVerdict(answer.json(), claimId)) {
                        leaks.add(answer + " shows the unapproved verdict of " + claimId);
                    }
                }
            }
            for (EventStream stream : List.of(anonymousStream, readerStream)) {
                for (String line : stream.linesBefore(proposalSettled)) {
                    secrets.stream().filter(line::contains).forEach(secret -> leaks.add("SSE shows " + secret
                            + ": " + line));
                    if (line.contains("\"public\":false") || (line.contains(claimId) && line.contains("CONFIRMED"))) {
                        leaks.add("SSE relays a non-public event to a reader: " + line);
                    }
                }
            }
            assertTrue(leaks.isEmpty(), String.join("\n", leaks));

            // And the stream does carry the verdict once a second verifier approves it (the check above is live)
            Newsroom.expect(200, newsroom.gateway.post("/api/v1/claims/" + claimId + "/approval")
                    .token(newsroom.token("ola", "verifier")).ifMatch(currentEtag(claimId)).send());
            assertTrue(readerStream.awaitLine(line -> line.contains(claimId), PUBLIC_EVENT_TIMEOUT),
                    "the approved verdict reaches readers through the event stream");
        } finally {
            anonymousStream.close();
            readerStream.close();
        }
    }

    @Test
    void shouldKeepTheClaimsExtractedFromADraftFromReadersUntilItIsPublished() throws Exception {
        // Given: a reader watching the event stream, and a draft whose text reports a claim
        EventStream anonymousStream = EventStream.open(newsroom.suite.url(no.newsroom.e2e.RunningSuite.Service.GATEWAY)
                .resolve("/api/v1/events"), null);
        try {
            String secretWord = Newsroom.uniqueWord("kladd");
            JsonNode draft = newsroom.createArticle(editor, Newsroom.uniqueWord("Utkast "),
                    "Ukrainske myndigheter hevder at de har skutt ned fire russiske fly ved " + secretWord
                            + " det siste døgnet.");
            String draftId = draft.path("id").asText();

            // When: the editor extracts its claims
            JsonNode extraction = Newsroom.expect(200, newsroom.gateway.post("/api/v1/articles/" + draftId
                    + "/claims:extract").token(editor).send()).json();
            String claimId = extraction.path("claims").path(0).path("id").asText();
            assertFalse(claimId.isEmpty(), "the draft's claim was stored: " + extraction);
            RunningSuite.sleep(LEAK_WINDOW);
            Instant settled = Instant.now();

            // Then: no read, count or event shows it to a reader
            List<String> leaks = new ArrayList<>();
            for (String path : List.of("/api/v1/claims?articleId=" + draftId, "/api/v1/claims?q=" + secretWord,
                    "/api/v1/claims?limit=100", "/api/v1/claims/" + claimId, "/api/v1/claims/" + claimId
                            + "/claimreview", "/api/v1/articles/" + draftId + "?include=claims")) {
                Api.Answer answer = readPatiently(path, null);
                if (answer.status() >= 500 || answer.isSuccess() && (answer.body().contains(secretWord)
                        || answer.body().contains(claimId) || path.contains("=" + draftId)
                        && answer.json().path("total").asInt() != 0)) {
                    leaks.add(answer.toString());
                }
            }
            anonymousStream.linesBefore(settled).stream()
                    .filter(line -> line.contains(claimId) || line.contains(secretWord))
                    .forEach(line -> leaks.add("SSE: " + line));
            assertTrue(leaks.isEmpty(), String.join("\n", leaks));

            // And: publishing shows the claim to readers, unpublishing hides it again
            JsonNode published = newsroom.publish(editor, draft);
            assertTrue(awaitReaderTotal(draftId, 1), "readers see the claim once the article is published");
            Newsroom.expect(200, newsroom.gateway.post("/api/v1/articles/" + draftId + "/unpublish").token(editor)
                    .ifMatch(Newsroom.etag(published)).send());
            assertTrue(awaitReaderTotal(draftId, 0), "readers no longer see the claim once it is unpublished");
        } finally {
            anonymousStream.close();
        }
    }

    private static boolean awaitReaderStatus(String path, int status) {
        Instant deadline = Instant.now().plus(PUBLIC_EVENT_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (readPatiently(path, null).status() == status) {
                return true;
            }
            RunningSuite.sleep(Duration.ofMillis(500));
        }
        return false;
    }

    private static boolean awaitReaderTotal(String articleId, int total) {
        Instant deadline = Instant.now().plus(PUBLIC_EVENT_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            Api.Answer answer = readPatiently("/api/v1/claims?articleId=" + articleId, null);
            if (answer.isSuccess() && answer.json().path("total").asInt() == total) {
                return true;
            }
            RunningSuite.sleep(Duration.ofMillis(500));
        }
        return false;
    }

    private static List<String> readerPaths(JsonNode draft, JsonNode published, String claimId, String secretWord) {
        String draftId = draft.path("id").asText();
        String articleId = published.path("id").asText();
        return List.of(
                "/api/v1/articles/" + draftId, "/api/v1/articles/" + draftId + "?include=claims",
                "/api/v1/articles/" + draft.path("slug").asText(), "/api/v1/articles/" + draftId + "/revisions",
                "/api/v1/articles/" + draftId + "/revisions/1", "/api/v1/articles/" + draftId + "/revisions/1/diff/1",
                "/api/v1/articles?limit=100", "/api/v1/articles?status=DRAFT", "/api/v1/articles?q=" + secretWord,
                "/api/v1/articles?sort=updatedAt&limit=100",
                "/api/v1/articles/" + articleId + "?include=claims", "/api/v1/claims/" + claimId,
                "/api/v1/claims?articleId=" + articleId, "/api/v1/claims?status=CONFIRMED",
                "/api/v1/claims?q=fly&limit=100", "/api/v1/claims/" + claimId + "/claimreview",
                "/api/v1/claims/" + claimId + "/history", "/api/v1/claims/" + claimId + "/evidence",
                "/api/v1/review-queue", "/api/v1/articles/" + articleId + "/revisions");
    }

    /** A busy machine can exceed the gateway's timeouts; a 503 is asked again, the answer is what counts. */
    private static Api.Answer readPatiently(String path, String token) {
        Api.Answer answer = newsroom.gateway.get(path).token(token).send();
        for (int attempt = 0; answer.status() == 503 && attempt < 3; attempt++) {
            RunningSuite.sleep(Duration.ofSeconds(3));
            answer = newsroom.gateway.get(path).token(token).send();
        }
        return answer;
    }

    private static void proposeConfirmed(JsonNode claim, String rationale) {
        String kari = newsroom.token("kari", "verifier");
        String path = "/api/v1/claims/" + claim.path("id").asText();
        Newsroom.expect(200, newsroom.gateway.post(path + "/transitions").token(kari).ifMatch(Newsroom.etag(claim))
                .json(Map.of("to", "IN_REVIEW")).send());
        Newsroom.expect(201, newsroom.gateway.post(path + "/evidence").token(kari).json(Map.of("type",
                "INDEPENDENT_REPORT", "url", "https://example.org/report", "description", "Vrakrester dokumentert",
                "independent", true)).send());
        Newsroom.expect(200, newsroom.gateway.post(path + "/transitions").token(kari)
                .ifMatch(currentEtag(claim.path("id").asText()))
                .json(Map.of("to", "CONFIRMED", "rationale", rationale)).send());
    }

    private static String currentEtag(String claimId) {
        return Newsroom.expect(200, newsroom.gateway.get("/api/v1/claims/" + claimId).token(editor).send()).etag();
    }

    /** Whether any object in the document about {@code claimId} shows a verdict readers may not see yet. */
    private static boolean showsUnapprovedVerdict(JsonNode node, String claimId) {
        if (node.isObject() && claimId.equals(node.path("id").asText())) {
            if (Set.of("CONFIRMED").contains(node.path("status").asText())
                    || Set.of("CONFIRMED").contains(node.path("publicStatus").asText())
                    || node.path("pendingApproval").asBoolean(false)
                    || !node.path("verdictRationale").isMissingNode() && !node.path("verdictRationale").isNull()) {
                return true;
            }
        }
        for (JsonNode child : node) {
            if (showsUnapprovedVerdict(child, claimId)) {
                return true;
            }
        }
        return false;
    }

    private record WriteEndpoint(String method, String path, String contentType, String body, String roles) {
    }

    private record Target(String name, Api api, String path) {
    }

    /** A Server-Sent Events subscription whose lines are collected, with the instant each arrived. */
    private static final class EventStream implements AutoCloseable {

        // HTTP/1.1 as client apps speak it to the API; the JDK would otherwise try a cleartext HTTP/2 upgrade.
        private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

        private final ConcurrentLinkedQueue<Map.Entry<Instant, String>> lines = new ConcurrentLinkedQueue<>();
        private final ExecutorService reader = Executors.newSingleThreadExecutor();
        private Future<?> reading;
        private volatile java.io.InputStream body;

        static EventStream open(URI uri, String token) throws Exception {
            HttpRequest.Builder request = HttpRequest.newBuilder(uri).header("Accept", "text/event-stream");
            if (token != null) {
                request.header("Authorization", "Bearer " + token);
            }
            HttpResponse<java.io.InputStream> response = HTTP.send(request.build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            if (response.statusCode() != 200) {
                throw new AssertionError("event stream answered " + response.statusCode());
            }
            EventStream stream = new EventStream();
            stream.body = response.body();
            stream.reading = stream.reader.submit(stream::read);
            return stream;
        }

        private void read() {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    lines.add(Map.entry(Instant.now(), line));
                }
            } catch (IOException closed) {
                // the test closed the stream
            }
        }

        List<String> linesBefore(Instant instant) {
            return lines.stream().filter(line -> line.getKey().isBefore(instant)).map(Map.Entry::getValue).toList();
        }

        boolean awaitLine(java.util.function.Predicate<String> wanted, Duration timeout) {
            Instant deadline = Instant.now().plus(timeout);
            while (Instant.now().isBefore(deadline)) {
                if (lines.stream().map(Map.Entry::getValue).anyMatch(wanted)) {
                    return true;
                }
                RunningSuite.sleep(Duration.ofMillis(250));
            }
            return false;
        }

        @Override
        public void close() {
            try {
                body.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            reading.cancel(true);
            reader.shutdownNow();
        }
    }
}
