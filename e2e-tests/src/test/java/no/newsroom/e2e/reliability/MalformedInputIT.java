package no.newsroom.e2e.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A repeatable fuzz run (seeded, {@value #SEED}) of generated malformed requests against every write endpoint,
 * through the gateway and directly against the services: broken JSON, wrong types, huge strings, unicode edge
 * cases, invalid UUIDs, out-of-range numbers, bad enums, invalid transitions and versions, missing or garbled
 * tokens, path traversal. No request may get a 5xx, every error is problem+json, and a rejected request leaves both
 * databases exactly as they were (every table's row count and checksum, compared after each request).
 * {@code -Dfuzz.requests=N} and {@code -Dfuzz.seed=S} change the run.
 */
class MalformedInputIT {

    static final long SEED = 20220314L;
    private static final int REQUESTS = Integer.getInteger("fuzz.requests", 2_400);
    private static final int REQUESTS_PER_CALLER = 20;
    private static final String STALE = "\"987654\"";
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private static Newsroom newsroom;
    private static String editor;
    private static JsonNode article;
    private static JsonNode claimHost;
    private static JsonNode claim;

    enum Mutation {
        BROKEN_JSON, WRONG_TYPE, HUGE_STRING, UNICODE, INVALID_UUID, NUMBER, BAD_ENUM, INVALID_STATE, TOKEN,
        PATH_TRAVERSAL, CONTENT_TYPE, UNKNOWN_FIELD
    }

    /** One write endpoint: its public path, the internal one (null if gateway only), and a valid-looking body. */
    private record Endpoint(String name, String method, String publicPath, String internalPath, String contentType,
                            Function<Random, JsonNode> body, String role, boolean needsIfMatch, boolean staleIfMatch,
                            boolean articles) {
    }

    /** A generated request. */
    private record Fuzz(Endpoint endpoint, Mutation mutation, String method, String path, boolean direct,
                        String contentType, byte[] body, String token, String ifMatch) {

        String describe() {
            String shown = body == null ? "" : new String(body, 0, Math.min(body.length, 160), StandardCharsets.UTF_8);
            return (direct ? "direct " : "gateway ") + method + " " + path + " [" + mutation + "] " + shown;
        }
    }

    @BeforeAll
    static void createTargets() {
        newsroom = new Newsroom();
        editor = newsroom.token("fuzz-setup", "editor");
        article = newsroom.createArticle(editor, Newsroom.uniqueWord("Fuzz "), "Første avsnitt om fuzzing.",
                "Andre avsnitt.");
        claimHost = newsroom.createArticle(editor, Newsroom.uniqueWord("Fuzz påstander "),
                "Ukrainske myndigheter hevder at de har skutt ned fire russiske fly det siste døgnet.");
        claim = newsroom.createClaim(editor, claimHost, 0, "Fire fly skutt ned");
    }

    @Test
    void shouldRejectMalformedRequestsWithProblemsAndLeaveTheDatabasesUnchanged() throws Exception {
        Random random = new Random(Long.getLong("fuzz.seed", SEED));
        List<Endpoint> endpoints = endpoints();
        Map<String, Long> byStatus = new TreeMap<>();
        Map<Mutation, Long> byMutation = new EnumMap<>(Mutation.class);
        List<String> failures = new ArrayList<>();
        int fiveHundreds = 0;
        int accepted = 0;
        try (SuiteDatabase articles = SuiteDatabase.open(SuiteDatabase.ARTICLES);
             SuiteDatabase claims = SuiteDatabase.open(SuiteDatabase.CLAIMS)) {
            Map<String, String> before = fingerprint(articles, claims);
            for (int i = 0; i < REQUESTS; i++) {
                Fuzz fuzz = generate(random, endpoints.get(random.nextInt(endpoints.size())), i);
                Api.Answer answer = send(fuzz);
                byStatus.merge(statusClass(answer.status()), 1L, Long::sum);
                byMutation.merge(fuzz.mutation(), 1L, Long::sum);
                Map<String, String> after = fingerprint(articles, claims);
                if (answer.isSuccess()) {
                    accepted++;
                    String slug = answer.body().startsWith("{") ? answer.json().path("slug").asText("") : "";
                    if (!slug.matches("[a-z0-9-]*")) {
                        failures.add("unsafe slug " + slug + ": " + fuzz.describe());
                    }
                    before = after;
                    refreshVersions();
                    continue;
                }
                if (answer.status() >= 500 || answer.status() == 0) {
                    fiveHundreds += answer.status() >= 500 ? 1 : 0;
                    failures.add(fuzz.describe() + "\n    -> " + answer);
                } else if (!isProblemOfItsStatus(answer)) {
                    failures.add("not a problem+json: " + fuzz.describe() + "\n    -> " + answer);
                }
                if (!after.equals(before)) {
                    failures.add("rejected but changed " + changedTables(before, after) + ": " + fuzz.describe()
                            + "\n    -> " + answer);
                    before = after;
                }
            }
        }
        System.out.printf("fuzz (seed %d): sent %d, 2xx %d, by status %s, 5xx %d, by mutation %s%n",
                Long.getLong("fuzz.seed", SEED), REQUESTS, accepted, byStatus, fiveHundreds, byMutation);
        assertTrue(failures.isEmpty(), failures.size() + " of " + REQUESTS + " fuzz requests failed (by status "
                + byStatus + "):\n" + String.join("\n", failures.subList(0, Math.min(60, failures.size()))));
    }

    private static String statusClass(int status) {
        return status == 0 ? "no answer" : String.valueOf(status);
    }

    private static boolean isProblemOfItsStatus(Api.Answer answer) {
        if (!answer.isProblem()) {
            return false;
        }
        try {
            JsonNode problem = answer.json();
            return problem.path("status").asInt() == answer.status() && problem.hasNonNull("title");
        } catch (RuntimeException notJson) {
            return false;
        }
    }

    private static Map<String, String> fingerprint(SuiteDatabase articles, SuiteDatabase claims) {
        Map<String, String> fingerprint = new LinkedHashMap<>();
        articles.fingerprint().forEach((table, value) -> fingerprint.put("articles." + table, value));
        claims.fingerprint().forEach((table, value) -> fingerprint.put("claims." + table, value));
        return fingerprint;
    }

    private static List<String> changedTables(Map<String, String> before, Map<String, String> after) {
        return after.keySet().stream().filter(table -> !after.get(table).equals(before.get(table))).toList();
    }

    private static void refreshVersions() {
        Api.Answer currentArticle = newsroom.articles.get("/articles/" + article.path("id").asText()).token(editor)
                .send();
        if (currentArticle.status() == 200) {
            article = currentArticle.json();
        }
        Api.Answer currentClaim = newsroom.claims.get("/claims/" + claim.path("id").asText()).token(editor).send();
        if (currentClaim.status() == 200) {
            claim = currentClaim.json();
        }
    }

    private static Api.Answer send(Fuzz fuzz) {
        Api api = !fuzz.direct() ? newsroom.gateway : fuzz.endpoint().articles() ? newsroom.articles : newsroom.claims;
        Api.Call call = api.call(fuzz.method(), fuzz.path()).ifMatch(fuzz.ifMatch());
        if (fuzz.token() != null) {
            call.header("Authorization", fuzz.token());
        }
        if (fuzz.body() != null) {
            call.body(fuzz.contentType(), fuzz.body());
        } else if (fuzz.contentType() != null) {
            call.header("Content-Type", fuzz.contentType());
        }
        return call.send();
    }

    private List<Endpoint> endpoints() {
        return List.of(
                new Endpoint("create article", "POST", "/api/v1/articles", "/articles", Api.JSON,
                        MalformedInputIT::articleJson, "editor", false, false,
                        true),
                new Endpoint("replace article", "PUT", "/api/v1/articles/{article}", "/articles/{article}", Api.JSON,
                        MalformedInputIT::replaceArticleJson, "editor", true, false, true),
                new Endpoint("patch article", "PATCH", "/api/v1/articles/{article}", "/articles/{article}",
                        Api.MERGE_PATCH, random -> NODES.objectNode().put("title", "Fuzz " + random.nextInt()),
                        "editor", true, false, true),
                new Endpoint("publish article", "POST", "/api/v1/articles/{article}/publish",
                        "/articles/{article}/publish", null, null, "editor", true, true, true),
                new Endpoint("unpublish article", "POST", "/api/v1/articles/{article}/unpublish",
                        "/articles/{article}/unpublish", null, null, "editor", true, false, true),
                new Endpoint("archive article", "POST", "/api/v1/articles/{article}/archive",
                        "/articles/{article}/archive", null, null, "editor", true, true, true),
                new Endpoint("import article", "POST", "/api/v1/articles/import?language=nb&title=Fuzz+import",
                        "/articles/import?language=nb&title=Fuzz+import", "text/plain; charset=UTF-8", null,
                        "editor", false, false, true),
                new Endpoint("add block", "POST", "/api/v1/articles/{article}/blocks?position=top",
                        "/articles/{article}/blocks?position=top", Api.JSON,
                        random -> NODES.objectNode().put("type", "PARAGRAPH").put("text", "Fuzz " + random.nextInt()),
                        "editor", true, true, true),
                new Endpoint("extract article claims", "POST", "/api/v1/articles/{article}/claims:extract", null, null,
                        null, "editor", false, false, true),
                new Endpoint("create claim", "POST", "/api/v1/claims", "/claims", Api.JSON,
                        random -> claimJson(), "editor", false, false, false),
                new Endpoint("patch claim", "PATCH", "/api/v1/claims/{claim}", "/claims/{claim}", Api.MERGE_PATCH,
                        random -> NODES.objectNode().put("claimReviewed", "Fuzz " + random.nextInt()), "editor",
                        true, false, false),
                new Endpoint("transition claim", "POST", "/api/v1/claims/{claim}/transitions",
                        "/claims/{claim}/transitions", Api.JSON,
                        random -> NODES.objectNode().put("to", "CONFIRMED").put("rationale", "Fuzz"), "verifier",
                        true, false, false),
                new Endpoint("approve claim", "POST", "/api/v1/claims/{claim}/approval", "/claims/{claim}/approval",
                        null, null, "verifier", true, false, false),
                new Endpoint("withdraw claim", "POST", "/api/v1/claims/{claim}/withdrawal",
                        "/claims/{claim}/withdrawal", Api.JSON, random -> NODES.objectNode().put("reason", "Fuzz"),
                        "editor", true, true, false),
                new Endpoint("add evidence", "POST", "/api/v1/claims/{claim}/evidence", "/claims/{claim}/evidence",
                        Api.JSON, random -> NODES.objectNode().put("type", "OSINT").put("url", "https://example.org/x")
                        .put("description", "Fuzz").put("independent", false), "verifier", false, false, false),
                new Endpoint("extract", "POST", "/api/v1/extractions", "/extractions", Api.JSON,
                        random -> NODES.objectNode().put("text", "Ukrainske myndigheter hevder at de har skutt ned "
                                + "fire fly.").put("language", "nb"), "editor", false, false, false));
    }

    // ---- generation -------------------------------------------------------------------------------------------

    private static Fuzz generate(Random random, Endpoint endpoint, int index) {
        List<Mutation> applicable = applicable(endpoint);
        Mutation mutation = applicable.get(random.nextInt(applicable.size()));
        boolean direct = endpoint.internalPath() != null && random.nextInt(4) == 0;
        String path = resolve(direct ? endpoint.internalPath() : endpoint.publicPath());
        String contentType = endpoint.contentType();
        String role = endpoint.role();
        String token = "Bearer " + newsroom.token("fuzz-" + role + "-" + index / REQUESTS_PER_CALLER, role);
        String ifMatch = endpoint.needsIfMatch()
                ? endpoint.staleIfMatch() ? STALE : Newsroom.etag(endpoint.articles() ? article : claim) : null;
        JsonNode json = endpoint.body() == null ? null : endpoint.body().apply(random);
        byte[] body = json == null ? null : Api.json(json).getBytes(StandardCharsets.UTF_8);
        if (endpoint.name().equals("import article")) {
            body = "Fuzz import\n\nEt avsnitt.\n\nFoto: AFP".getBytes(StandardCharsets.UTF_8);
        }
        switch (mutation) {
            case BROKEN_JSON -> body = brokenJson(random, json);
            case WRONG_TYPE -> body = bytes(replaceRandomField(random, json, wrongType(random)));
            case HUGE_STRING -> body = huge(random, endpoint, json);
            case UNICODE -> body = unicode(random, endpoint, json);
            case INVALID_UUID -> {
                if (json != null && (random.nextBoolean() || !endpoint.publicPath().contains("{"))) {
                    body = bytes(hasUuidField(json) ? replaceUuidFields(json, invalidUuid(random))
                            : ((ObjectNode) json.deepCopy()).put("id", invalidUuid(random)));
                } else {
                    path = path.replace(endpoint.articles() ? article.path("id").asText() : claim.path("id").asText(),
                            Newsroom.encode(invalidUuid(random)));
                }
            }
            case NUMBER -> body = bytes(replaceNumbers(random, json));
            case BAD_ENUM -> body = bytes(replaceEnums(random, json));
            case INVALID_STATE -> ifMatch = pick(random, STALE, null, "\"abc\"", "W/\"0\"", "*", "\"-1\"",
                    "\"99999999999999999999999\"", "", "\"0\", \"1\"");
            case TOKEN -> token = garbledToken(random);
            case PATH_TRAVERSAL -> path = traversal(random, endpoint, direct, path);
            case CONTENT_TYPE -> contentType = pick(random, "text/xml", "application/x-www-form-urlencoded",
                    "application/json; charset=ISO-8859-1", "multipart/form-data; boundary=x", "*/*", "application/");
            case UNKNOWN_FIELD -> body = bytes(((ObjectNode) json.deepCopy()).put("__proto__", "x")
                    .put("id", "11111111-1111-1111-1111-111111111111").put("version", 0).put("status", "PUBLISHED"));
        }
        if (body == null && contentType != null && mutation != Mutation.CONTENT_TYPE) {
            contentType = null;
        }
        return new Fuzz(endpoint, mutation, endpoint.method(), path, direct, contentType, body, token, ifMatch);
    }

    /**
     * Mutations that make the request invalid for this endpoint. Body-less lifecycle endpoints would succeed with a
     * valid version, so they only get the mutations that break them; body mutations need a JSON body.
     */
    private static List<Mutation> applicable(Endpoint endpoint) {
        List<Mutation> mutations = new ArrayList<>(List.of(Mutation.TOKEN, Mutation.PATH_TRAVERSAL));
        if (endpoint.publicPath().contains("{")) {
            mutations.add(Mutation.INVALID_UUID);
        }
        if (endpoint.needsIfMatch()) {
            mutations.add(Mutation.INVALID_STATE);
        }
        if (endpoint.body() != null) {
            mutations.addAll(List.of(Mutation.BROKEN_JSON, Mutation.WRONG_TYPE, Mutation.HUGE_STRING,
                    Mutation.UNICODE, Mutation.NUMBER, Mutation.BAD_ENUM, Mutation.CONTENT_TYPE,
                    Mutation.UNKNOWN_FIELD));
            if (!mutations.contains(Mutation.INVALID_UUID)) {
                mutations.add(Mutation.INVALID_UUID);
            }
        }
        if (endpoint.name().equals("import article")) {
            mutations.addAll(List.of(Mutation.HUGE_STRING, Mutation.UNICODE, Mutation.CONTENT_TYPE));
        }
        return mutations;
    }

    private static String resolve(String template) {
        return template.replace("{article}", article.path("id").asText()).replace("{claim}", claim.path("id").asText());
    }

    private static JsonNode articleJson(Random random) {
        ObjectNode body = (ObjectNode) Api.parse(Api.json(Newsroom.articleBody("Fuzz " + random.nextInt(),
                "Et avsnitt.")));
        ArrayNode blocks = (ArrayNode) body.path("blocks");
        ((ObjectNode) blocks.get(0)).put("caption", "Bildetekst").put("credit", "Foto: AFP")
                .put("url", "https://example.org/bilde.jpg");
        return body;
    }

    private static JsonNode replaceArticleJson(Random random) {
        ObjectNode body = (ObjectNode) articleJson(random);
        ArrayNode blocks = NODES.arrayNode();
        article.path("blocks").forEach(block -> blocks.add(NODES.objectNode().put("id", block.path("id").asText())
                .put("type", block.path("type").asText()).put("text", block.path("text").asText())));
        body.set("blocks", blocks);
        body.put("title", article.path("title").asText());
        return body;
    }

    private static JsonNode claimJson() {
        return Api.parse(Api.json(Newsroom.claimBody(claimHost, 0, "Fuzz")));
    }

    private static byte[] bytes(JsonNode json) {
        return json == null ? null : Api.json(json).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] brokenJson(Random random, JsonNode json) {
        String text = Api.json(json);
        return switch (random.nextInt(10)) {
            case 0 -> text.substring(0, random.nextInt(text.length())).getBytes(StandardCharsets.UTF_8);
            case 1 -> (text + "}").getBytes(StandardCharsets.UTF_8);
            case 2 -> text.replace('"', '\'').getBytes(StandardCharsets.UTF_8);
            case 3 -> text.replaceFirst("}$", ",}").getBytes(StandardCharsets.UTF_8);
            case 4 -> new byte[0];
            case 5 -> pick(random, "null", "[]", "\"tekst\"", "42", "true", "{}", "[{}]")
                    .getBytes(StandardCharsets.UTF_8);
            case 6 -> "[".repeat(10_000).getBytes(StandardCharsets.UTF_8);
            case 7 -> randomBytes(random, 1 + random.nextInt(200));
            case 8 -> text.replaceFirst(":", "").getBytes(StandardCharsets.UTF_8);
            default -> ("{\"a\":" + "{\"a\":".repeat(2_000) + "1" + "}".repeat(2_001)).getBytes(StandardCharsets.UTF_8);
        };
    }

    private static JsonNode wrongType(Random random) {
        return switch (random.nextInt(7)) {
            case 0 -> NODES.numberNode(random.nextInt());
            case 1 -> NODES.booleanNode(random.nextBoolean());
            case 2 -> NODES.arrayNode().add("x").add(1);
            case 3 -> NODES.objectNode().put("nested", "objekt");
            case 4 -> NODES.textNode("tekst");
            case 5 -> NODES.numberNode(1.5);
            default -> NODES.nullNode();
        };
    }

    private static JsonNode replaceRandomField(Random random, JsonNode json, JsonNode value) {
        JsonNode copy = json.deepCopy();
        List<ObjectNode> parents = new ArrayList<>();
        List<String> names = new ArrayList<>();
        collectFields(copy, parents, names);
        int chosen = random.nextInt(names.size());
        parents.get(chosen).set(names.get(chosen), value);
        return copy;
    }

    private static void collectFields(JsonNode node, List<ObjectNode> parents, List<String> names) {
        if (node.isObject()) {
            node.fieldNames().forEachRemaining(name -> {
                parents.add((ObjectNode) node);
                names.add(name);
            });
        }
        node.forEach(child -> collectFields(child, parents, names));
    }

    private static byte[] huge(Random random, Endpoint endpoint, JsonNode json) {
        int length = random.nextInt(20) == 0 ? 2_500_000 : 5_000 + random.nextInt(100_000);
        String text = "ø".repeat(length / 2) + "a".repeat(length / 2);
        if (json == null) {
            return text.getBytes(StandardCharsets.UTF_8);
        }
        return bytes(replaceRandomTextField(random, json, text));
    }

    private static final String[] UNICODE_EDGES = {
        "\\ud800", "\\udfff", "a\\ud83d", "\\u0000", "nul\\u0000midt", "\\u202eRTL-overstyring", "\\u200f\\u200e",
        "\\ufeff", "\\uffff", "\\ufffe", "e\\u0301\\u0301\\u0301", "👩‍👩‍👧‍👦", "\\u0085\\u2028\\u2029", "  ",
        "\\t\\r\\n", "ﷺ", "𝕳𝖊𝖑𝖑𝖔", "Z̸̢̛̗a̷l̵g̴o̶", "\\u001b[31m",
        "<script>alert(1)</script>", "' or 1=1 --", "${jndi:ldap://x}"
    };

    private static byte[] unicode(Random random, Endpoint endpoint, JsonNode json) {
        String edge = UNICODE_EDGES[random.nextInt(UNICODE_EDGES.length)];
        boolean rawBytes = random.nextInt(6) == 0;
        if (json == null) {
            byte[] text = ("Tittel " + unescape(edge) + "\n\nAvsnitt.").getBytes(StandardCharsets.UTF_8);
            return rawBytes ? concat(text, new byte[] {(byte) 0xC3, 0x28, (byte) 0xFF, (byte) 0xFE}) : text;
        }
        String marker = "UNICODE_EDGE_" + random.nextInt(1_000_000);
        String text = Api.json(replaceRandomTextField(random, json, "før " + marker + " etter"));
        if (rawBytes) {
            String[] parts = text.split(marker, 2);
            return concat(parts[0].getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xC3, 0x28, (byte) 0xED,
                (byte) 0xA0, (byte) 0x80, (byte) 0xFF}, parts[1].getBytes(StandardCharsets.UTF_8));
        }
        return text.replace(marker, edge).getBytes(StandardCharsets.UTF_8);
    }

    private static String unescape(String jsonEscaped) {
        return Api.parse("\"" + jsonEscaped + "\"").asText();
    }

    private static JsonNode replaceRandomTextField(Random random, JsonNode json, String value) {
        JsonNode copy = json.deepCopy();
        List<ObjectNode> parents = new ArrayList<>();
        List<String> names = new ArrayList<>();
        collectFields(copy, parents, names);
        List<Integer> textual = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            if (parents.get(i).get(names.get(i)).isTextual()) {
                textual.add(i);
            }
        }
        if (textual.isEmpty()) {
            return ((ObjectNode) copy).put("text", value);
        }
        int chosen = textual.get(random.nextInt(textual.size()));
        parents.get(chosen).put(names.get(chosen), value);
        return copy;
    }

    private static boolean hasUuidField(JsonNode json) {
        return Api.json(json).matches("(?s).*\"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\".*");
    }

    private static JsonNode replaceUuidFields(JsonNode json, String invalid) {
        String text = Api.json(json).replaceAll("\"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\"",
                Api.json(invalid).replace("\\", "\\\\").replace("$", "\\$"));
        return Api.parse(text);
    }

    private static String invalidUuid(Random random) {
        return pick(random, "not-a-uuid", "", "00000000-0000-0000-0000-00000000000g", "12345",
                "00000000-0000-0000-0000-000000000000", "{" + "a".repeat(36) + "}",
                "11111111-1111-1111-1111-1111111111111", "ffffffff-ffff-ffff-ffff-ffffffffffff", "null", " ",
                "%00", "0x1F", "٣٣٣٣٣٣٣٣-٣٣٣٣-٣٣٣٣-٣٣٣٣-٣٣٣٣٣٣٣٣٣٣٣٣");
    }

    private static final List<String> NUMBER_FIELDS = List.of("start", "end", "value", "low", "high", "partOf");

    private static JsonNode replaceNumbers(Random random, JsonNode json) {
        String text = Api.json(json);
        String number = pick(random, "-1", "-2147483649", "2147483648", "9223372036854775808", "1e400", "-1e400",
                "1e-400", "99999999999999999999999.99999", "0.000000000000000000001", "-0", "1.7976931348623157E309",
                "123456789012345678901234567890");
        boolean any = false;
        for (String field : NUMBER_FIELDS) {
            if (text.contains("\"" + field + "\":") && random.nextBoolean()) {
                text = text.replaceAll("\"" + field + "\":[-0-9.eE]+", "\"" + field + "\":" + number);
                any = true;
            }
        }
        if (!any) {
            text = text.replaceFirst("\\{", "{\"start\":" + number + ",\"limit\":" + number + ",");
        }
        return parseLenient(text, json);
    }

    private static JsonNode parseLenient(String text, JsonNode fallback) {
        try {
            return Api.parse(text);
        } catch (RuntimeException e) {
            return fallback;
        }
    }

    private static JsonNode replaceEnums(Random random, JsonNode json) {
        String bad = pick(random, "SOMETIMES", "confirmed", "", "DELETED", "podcast", "PARAGRAPH ", "null", "Ω",
                "UNVERIFIED\u0000", "0");
        ObjectNode copy = json.deepCopy();
        boolean any = replaceEnumFields(copy, bad);
        if (!any) {
            copy.put("type", bad);
        }
        return copy;
    }

    private static boolean replaceEnumFields(JsonNode node, String bad) {
        boolean any = false;
        if (node.isObject()) {
            for (String field : List.of("type", "qualifier", "to", "language")) {
                if (node.has(field)) {
                    ((ObjectNode) node).put(field, bad);
                    any = true;
                }
            }
        }
        for (JsonNode child : node) {
            any |= replaceEnumFields(child, bad);
        }
        return any;
    }

    private static String garbledToken(Random random) {
        String valid = newsroom.token("fuzz-garbled", "admin");
        return switch (random.nextInt(10)) {
            case 0 -> null;
            case 1 -> "Bearer";
            case 2 -> "Bearer " + valid.substring(0, valid.length() - 5);
            case 3 -> "Basic dXNlcjpwYXNz";
            case 4 -> "Bearer abc.def.ghi";
            case 5 -> "Bearer " + newsroom.expiredToken("fuzz-expired", "admin");
            case 6 -> "Bearer " + newsroom.foreignToken("fuzz-foreign", "admin");
            case 7 -> "Bearer " + unsignedToken();
            case 8 -> "Bearer " + newsroom.token("fuzz-reader", "reader");
            default -> "bearer  " + valid + " extra";
        };
    }

    /** The suite's claims with {@code alg: none} and no signature. */
    private static String unsignedToken() {
        java.util.Base64.Encoder base64 = java.util.Base64.getUrlEncoder().withoutPadding();
        String header = base64.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        String payload = base64.encodeToString(("{\"iss\":\"https://newsroom.example/issuer\",\"upn\":\"mallory\","
                + "\"groups\":[\"admin\"],\"exp\":9999999999}").getBytes(StandardCharsets.UTF_8));
        return header + "." + payload + ".";
    }

    private static String traversal(Random random, Endpoint endpoint, boolean direct, String path) {
        String evil = pick(random, "../../etc/passwd", "..%2F..%2Fetc%2Fpasswd", "%2e%2e%2f%2e%2e%2fetc%2fpasswd",
                "..%252F..%252Fetc", "....//....//etc", "%00", "a%00b", "..%5C..%5Cwindows%5Cwin.ini", "%c0%ae%c0%ae/",
                "live-missilfragmenter-traff-boligblokker-i-kyiv", "~root", ".", "..", "%2F", "%01", "a%0Ab",
                "%0D%0ASet-Cookie:%20x=1", "%1B%5B31m", "%7F", "%09", "%C2%85");
        if (endpoint.name().equals("import article")) {
            return path.replace("title=Fuzz+import", "title=" + evil);
        }
        String id = endpoint.articles() ? article.path("id").asText() : claim.path("id").asText();
        if (path.contains(id)) {
            return path.replace(id, evil);
        }
        int query = path.indexOf('?');
        return query < 0 ? path + "/" + evil : path.substring(0, query) + "/" + evil + path.substring(query);
    }

    @SafeVarargs
    private static <T> T pick(Random random, T... values) {
        return values[random.nextInt(values.length)];
    }

    private static byte[] randomBytes(Random random, int length) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        return bytes;
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
