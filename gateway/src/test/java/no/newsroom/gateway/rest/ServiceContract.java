package no.newsroom.gateway.rest;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.github.tomakehurst.wiremock.extension.StubLifecycleListener;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.matching.RequestPattern;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.stream.Collectors;

/**
 * A downstream service's committed OpenAPI document, enforced on every WireMock stub of that service: registering
 * a stub whose answer the real service could not give (a field it does not send, a wrong type, null where the
 * document says never null, an undocumented status or content type) fails the test at the {@code stubFor} line.
 * Stubs of outages (faults, 5xx) are exempt: they stand in for a service that is down, not for its API.
 */
final class ServiceContract implements StubLifecycleListener {

    static final Path ARTICLES = Path.of("../articles-service/src/main/openapi/articles-service.yaml");
    static final Path CLAIMS = Path.of("../claims-service/src/main/openapi/claims-service.yaml");

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private final Path document;
    private final OpenApiInteractionValidator validator;

    ServiceContract(Path document) {
        this.document = document;
        this.validator = OpenApiInteractionValidator
                .createForInlineApiSpecification(OpenApi30View.of(read(document)))
                .build();
    }

    static JsonNode read(Path document) {
        try {
            return YAML.readTree(document.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String getName() {
        return "service-contract";
    }

    @Override
    public void beforeStubCreated(StubMapping stub) {
        ResponseDefinition answer = stub.getResponse();
        if (answer.getFault() != null || answer.getStatus() >= 500) {
            return;
        }
        RequestPattern request = stub.getRequest();
        ValidationReport report = validator.validateResponse(pathOf(request), methodOf(request), responseOf(answer));
        if (report.hasErrors()) {
            throw new AssertionError("This stub answers " + request.getMethod() + " " + pathOf(request) + " with "
                    + answer.getStatus() + " as the service never would (" + document + "):\n"
                    + report.getMessages().stream().map(ValidationReport.Message::toString)
                    .collect(Collectors.joining("\n")));
        }
    }

    private static String pathOf(RequestPattern request) {
        String url = request.getUrl() != null ? request.getUrl() : request.getUrlPath();
        if (url == null) {
            throw new AssertionError("Stub a downstream service with urlEqualTo or urlPathEqualTo, so that its answer "
                    + "can be checked against the service's document: " + request);
        }
        int query = url.indexOf('?');
        return query < 0 ? url : url.substring(0, query);
    }

    private static Request.Method methodOf(RequestPattern request) {
        try {
            return Request.Method.valueOf(request.getMethod().getName());
        } catch (IllegalArgumentException e) {
            throw new AssertionError("Stub a downstream service for one HTTP method: " + request, e);
        }
    }

    private static SimpleResponse responseOf(ResponseDefinition answer) {
        SimpleResponse.Builder response = SimpleResponse.Builder.status(answer.getStatus());
        if (answer.getHeaders() != null) {
            for (HttpHeader header : answer.getHeaders().all()) {
                response.withHeader(header.key(), header.values());
            }
        }
        String body = answer.getTextBody();
        if (body != null && !body.isEmpty()) {
            response.withBody(body);
        }
        return response.build();
    }

    /**
     * The services publish OpenAPI 3.1; swagger-request-validator 2.x (the last line that runs on Java 17) checks
     * types only in 3.0 documents. This rewrites the 3.1 constructs the services use into their 3.0 equivalents:
     * {@code type: [T, "null"]} and {@code anyOf: [X, {type: "null"}]} become {@code nullable: true}, array-valued
     * schema {@code examples} go.
     */
    static final class OpenApi30View {

        private OpenApi30View() {
        }

        static String of(JsonNode document) {
            ObjectNode copy = document.deepCopy();
            copy.put("openapi", "3.0.3");
            downgrade(copy, (ObjectNode) copy.path("components").path("schemas"));
            try {
                return YAML.writeValueAsString(copy);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static void downgrade(JsonNode node, ObjectNode schemas) {
            if (node instanceof ObjectNode object) {
                if (object.get("type") instanceof ArrayNode types) {
                    unionWithNull(object, types);
                }
                if (object.get("anyOf") instanceof ArrayNode members) {
                    refOrNull(object, members, schemas);
                }
                if (object.get("examples") instanceof ArrayNode) {
                    object.remove("examples");
                }
                object.forEach(child -> downgrade(child, schemas));
            } else if (node instanceof ArrayNode array) {
                array.forEach(child -> downgrade(child, schemas));
            }
        }

        private static void unionWithNull(ObjectNode schema, ArrayNode types) {
            ArrayNode rest = types.arrayNode();
            types.forEach(type -> {
                if (!"null".equals(type.asText())) {
                    rest.add(type);
                }
            });
            if (rest.size() < types.size()) {
                schema.put("nullable", true);
            }
            if (rest.size() == 1) {
                schema.set("type", rest.get(0));
            }
        }

        /** A 3.0 reference cannot be nullable, so the referenced schema is inlined (its own references stay). */
        private static void refOrNull(ObjectNode schema, ArrayNode members, ObjectNode schemas) {
            ArrayNode rest = members.arrayNode();
            members.forEach(member -> {
                if (!"null".equals(member.path("type").asText())) {
                    rest.add(member);
                }
            });
            if (rest.size() == members.size() || rest.size() != 1) {
                return;
            }
            schema.remove("anyOf");
            JsonNode only = rest.get(0);
            String ref = only.path("$ref").asText("");
            JsonNode target = ref.isEmpty() ? only : schemas.path(ref.substring(ref.lastIndexOf('/') + 1));
            ((ObjectNode) target.deepCopy()).fields().forEachRemaining(field -> {
                if (!schema.has(field.getKey())) {
                    schema.set(field.getKey(), field.getValue());
                }
            });
            schema.put("nullable", true);
        }
    }
}
