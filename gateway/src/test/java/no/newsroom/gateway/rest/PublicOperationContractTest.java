package no.newsroom.gateway.rest;

import com.fasterxml.jackson.databind.JsonNode;
import no.newsroom.gateway.rest.PublicSchemaContractTest.Counterpart;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.UnaryOperator;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Operation by operation, the public document against the services' documents: every service operation a client
 * may use is offered under {@code /api/v1}, and each public operation answers success with the statuses and the body
 * schema of the service operation it passes on. {@link PublicSchemaContractTest} compares the schemas themselves;
 * this catches an operation documented with the wrong schema (an article where the service sends a block) or a
 * service operation the gateway never offers.
 */
class PublicOperationContractTest {

    private static final Path GATEWAY = Path.of("src/main/openapi/openapi.yaml");
    private static final String PUBLIC_PREFIX = "/api/v1";
    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");

    /** Service operations clients do not call through the gateway, with the reason. */
    private static final Map<String, String> INTERNAL = Map.of(
            "GET /events", "each service's event feed: the gateway merges both into its own stream",
            "GET /claims/by-article/{}", "the composition's claims call: clients ask for ?include=claims",
            "POST /article-extractions", "the extraction step of POST /api/v1/articles/{id}/claims:extract");

    @Test
    void shouldOfferEveryServiceOperationWithTheServicesAnswers() {
        JsonNode gateway = ServiceContract.read(GATEWAY);
        Map<String, JsonNode> services = new TreeMap<>();
        Map<String, String> publicNames = new TreeMap<>();
        for (Path document : List.of(ServiceContract.ARTICLES, ServiceContract.CLAIMS)) {
            operations(ServiceContract.read(document), "").forEach(services::putIfAbsent);
            for (Counterpart pair : PublicSchemaContractTest.PASSED_THROUGH) {
                if (pair.document().equals(document)) {
                    publicNames.putIfAbsent(document.getFileName() + "#" + pair.service(), pair.gateway());
                }
            }
        }
        Map<String, JsonNode> offered = operations(gateway, PUBLIC_PREFIX);

        List<String> drift = new ArrayList<>();
        for (Map.Entry<String, JsonNode> service : services.entrySet()) {
            String operation = service.getKey();
            JsonNode ours = offered.get(operation);
            if (INTERNAL.containsKey(operation)) {
                continue;
            }
            if (ours == null) {
                drift.add(operation + ": offered by a service, not under " + PUBLIC_PREFIX);
            } else {
                String theirs = successes(service.getValue(), name -> publicNames.getOrDefault(
                        documentOf(operation) + "#" + name, name));
                String documented = successes(ours, name -> name);
                if (!theirs.equals(documented)) {
                    drift.add(operation + ": the gateway documents " + documented + ", the service sends " + theirs);
                }
            }
        }

        assertEquals(List.of(), drift);
    }

    @Test
    void shouldExcuseOnlyOperationsThatExist() {
        Set<String> known = new TreeSet<>();
        for (Path document : List.of(ServiceContract.ARTICLES, ServiceContract.CLAIMS)) {
            known.addAll(operations(ServiceContract.read(document), "").keySet());
        }
        Set<String> stale = new TreeSet<>(INTERNAL.keySet());
        stale.removeAll(known);

        assertEquals(Set.of(), stale, "These entries name no service operation; remove them");
    }

    /** "METHOD /path/{}/..." → operation, for the paths under {@code prefix}, with the prefix taken off. */
    private static Map<String, JsonNode> operations(JsonNode document, String prefix) {
        Map<String, JsonNode> operations = new TreeMap<>();
        document.path("paths").fields().forEachRemaining(path -> {
            if (!path.getKey().startsWith(prefix)) {
                return;
            }
            String template = path.getKey().substring(prefix.length()).replaceAll("\\{[^}]+}", "{}");
            path.getValue().fields().forEachRemaining(method -> {
                if (METHODS.contains(method.getKey())) {
                    operations.put(method.getKey().toUpperCase() + " " + template, method.getValue());
                }
            });
        });
        return operations;
    }

    /** The operation's 2xx answers: each status with the name of its JSON body's schema. */
    private static String successes(JsonNode operation, UnaryOperator<String> publicName) {
        Map<String, String> answers = new TreeMap<>();
        operation.path("responses").fields().forEachRemaining(response -> {
            if (response.getKey().startsWith("2")) {
                answers.put(response.getKey(), schemaOf(response.getValue(), publicName));
            }
        });
        return answers.toString();
    }

    private static String schemaOf(JsonNode response, UnaryOperator<String> publicName) {
        JsonNode content = response.path("content");
        if (content.isEmpty()) {
            return "no body";
        }
        JsonNode schema = content.elements().next().path("schema");
        if (schema.has("$ref")) {
            return publicName.apply(schema.get("$ref").asText().replace("#/components/schemas/", ""));
        }
        return schema.path("type").asText("any");
    }

    private static String documentOf(String operation) {
        return operation.contains(" /articles") ? ServiceContract.ARTICLES.getFileName().toString()
                : ServiceContract.CLAIMS.getFileName().toString();
    }
}
