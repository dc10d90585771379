package no.newsroom.devsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Loads the Kyiv live article (14 March 2022) and the claims it reports into running services, through their
 * public REST APIs, unless the article is already there. Used by {@code ./suite} and the end-to-end tests.
 */
public final class DemoDataSeeder {

    public static final String TITLE = "Live: Missilfragmenter traff boligblokker i Kyiv";
    public static final String SLUG = "live-missilfragmenter-traff-boligblokker-i-kyiv";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

    private final HttpClient http = HttpClient.newHttpClient();
    private final URI articlesUrl;
    private final URI claimsUrl;
    private final String bearerToken;

    public DemoDataSeeder(URI articlesUrl, URI claimsUrl, String bearerToken) {
        this.articlesUrl = articlesUrl;
        this.claimsUrl = claimsUrl;
        this.bearerToken = bearerToken;
    }

    /**
     * {@code DemoDataSeeder [--only-if-empty] <articles-url> <claims-url>}, signing its own admin token with the
     * dev key, or, when the variables of {@code ./suite sso-env} are set, with a client-credentials token of the demo
     * app (role editor) from the provider. With {@code --only-if-empty} it leaves a database that already holds
     * articles alone.
     */
    public static void main(String[] args) {
        List<String> arguments = new ArrayList<>(List.of(args));
        boolean onlyIfEmpty = arguments.remove("--only-if-empty");
        if (arguments.size() != 2) {
            System.err.println("usage: DemoDataSeeder [--only-if-empty] <articles-service-url> <claims-service-url>");
            System.exit(2);
        }
        String token = ClientCredentials.demoClientFromEnvironment().map(ClientCredentials::accessToken)
                .orElseGet(() -> new JwtIssuer(DevKeys.inDevHome().ensureExist().privateKey())
                        .issue("demo-seeder", List.of("admin"), Duration.ofMinutes(10)));
        var seeder = new DemoDataSeeder(URI.create(arguments.get(0)), URI.create(arguments.get(1)), token);
        if (onlyIfEmpty && seeder.articleCount() > 0) {
            System.out.println("demo data: articles exist already; run ./suite seed to add the demo article");
            return;
        }
        JsonNode article = seeder.seedIfAbsent();
        System.out.println("demo article: " + article.path("id").asText() + " (" + SLUG + ")");
    }

    public long articleCount() {
        return parse(expect(200, send(request(articlesUrl.resolve("/articles?limit=1")).GET()))).path("total").asLong();
    }

    /** Returns the demo article, importing it and its claims first when it does not exist yet. */
    public JsonNode seedIfAbsent() {
        HttpResponse<String> existing = send(request(articlesUrl.resolve("/articles/" + SLUG)).GET());
        if (existing.statusCode() == 200) {
            return parse(existing);
        }
        JsonNode article = importArticle();
        article = publish(article);
        createClaims(article);
        return article;
    }

    private JsonNode importArticle() {
        String query = "?language=nb&title=" + URLEncoder.encode(TITLE, StandardCharsets.UTF_8);
        HttpRequest.Builder request = request(articlesUrl.resolve("/articles/import" + query))
                .header("Content-Type", "text/plain; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(resource("demo/kyiv-live-2022-03-14.nb.txt")));
        return parse(expect(201, send(request)));
    }

    private JsonNode publish(JsonNode article) {
        HttpRequest.Builder request = request(articlesUrl.resolve("/articles/" + article.path("id").asText() + "/publish"))
                .header("If-Match", "\"" + article.path("version").asText() + "\"")
                .POST(HttpRequest.BodyPublishers.noBody());
        return parse(expect(200, send(request)));
    }

    private void createClaims(JsonNode article) {
        for (JsonNode demoClaim : parse(resource("demo/kyiv-claims.json"))) {
            ObjectNode claim = ((ObjectNode) demoClaim.deepCopy());
            String quote = claim.remove("quote").asText();
            claim.put("articleId", article.path("id").asText());
            claim.put("language", "nb");
            claim.set("anchor", anchorOf(article, quote));
            HttpRequest.Builder request = request(claimsUrl.resolve("/claims"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(claim.toString()));
            expect(201, send(request));
        }
    }

    private static ObjectNode anchorOf(JsonNode article, String quote) {
        for (JsonNode block : article.path("blocks")) {
            int start = block.path("text").asText().indexOf(quote);
            if (start >= 0) {
                return JSON.createObjectNode()
                        .put("blockId", block.path("id").asText())
                        .put("start", start)
                        .put("end", start + quote.length())
                        .put("quote", quote);
            }
        }
        throw new IllegalStateException("No block of the demo article contains: " + quote);
    }

    private HttpRequest.Builder request(URI uri) {
        return HttpRequest.newBuilder(uri)
                .timeout(REQUEST_TIMEOUT)
                .header("Accept", "application/json")
                .header("Authorization", "Bearer " + bearerToken);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while seeding demo data", e);
        }
    }

    private static HttpResponse<String> expect(int status, HttpResponse<String> response) {
        if (response.statusCode() != status) {
            throw new IllegalStateException(response.request().method() + " " + response.request().uri() + " answered "
                    + response.statusCode() + ": " + response.body());
        }
        return response;
    }

    private static JsonNode parse(HttpResponse<String> response) {
        return parse(response.body());
    }

    private static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String resource(String name) {
        try (InputStream in = DemoDataSeeder.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
