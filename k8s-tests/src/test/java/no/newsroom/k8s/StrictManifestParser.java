package no.newsroom.k8s;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.Annotated;
import com.fasterxml.jackson.databind.introspect.JacksonAnnotationIntrospector;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads multi-document YAML into fabric8 model objects and rejects anything the Kubernetes API would not know:
 * fabric8 keeps unknown fields in {@code additionalProperties} so that it can talk to newer servers, which would let a
 * misspelt field such as {@code readOnlyRootFileSystem} pass silently. Here that catch-all is switched off.
 */
final class StrictManifestParser {

    /** Every kind the overlays render; a new kind must be added here so that it is parsed against its schema. */
    private static final Map<String, Class<? extends HasMetadata>> MODEL_BY_TYPE = Map.of(
            "v1/Namespace", Namespace.class,
            "v1/ConfigMap", ConfigMap.class,
            "v1/Secret", Secret.class,
            "v1/Service", Service.class,
            "apps/v1/Deployment", Deployment.class,
            "apps/v1/StatefulSet", StatefulSet.class,
            "networking.k8s.io/v1/Ingress", Ingress.class,
            "networking.k8s.io/v1/NetworkPolicy", NetworkPolicy.class,
            "policy/v1/PodDisruptionBudget", PodDisruptionBudget.class,
            "autoscaling/v2/HorizontalPodAutoscaler", HorizontalPodAutoscaler.class);

    private final ObjectMapper mapper = new ObjectMapper(new YAMLFactory())
            .setAnnotationIntrospector(new WithoutAnySetter())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    /** @throws InvalidManifestException naming the document and the offending field */
    List<HasMetadata> parse(String yaml) {
        List<HasMetadata> objects = new ArrayList<>();
        try (var documents = mapper.readerFor(JsonNode.class).<JsonNode> readValues(yaml)) {
            int index = 0;
            while (documents.hasNext()) {
                JsonNode document = documents.next();
                index++;
                if (document != null && !document.isNull() && !document.isEmpty()) {
                    objects.add(toModel(document, index));
                }
            }
        } catch (IOException e) {
            throw new InvalidManifestException("Not well-formed YAML: " + e.getMessage(), e);
        }
        return objects;
    }

    private HasMetadata toModel(JsonNode document, int index) {
        String type = document.path("apiVersion").asText() + "/" + document.path("kind").asText();
        Class<? extends HasMetadata> model = MODEL_BY_TYPE.get(type);
        if (model == null) {
            throw new InvalidManifestException("Document " + index + " has an unexpected type " + type
                    + "; add it to StrictManifestParser.MODEL_BY_TYPE if it is intended");
        }
        try {
            return mapper.treeToValue(document, model);
        } catch (IOException e) {
            throw new InvalidManifestException("Document " + index + " (" + type + " "
                    + document.path("metadata").path("name").asText() + ") does not match the schema: "
                    + e.getMessage(), e);
        }
    }

    /** Ignores {@code @JsonAnySetter}, so that unknown fields fail instead of landing in additionalProperties. */
    private static final class WithoutAnySetter extends JacksonAnnotationIntrospector {

        @Override
        public Boolean hasAnySetter(Annotated annotated) {
            return null;
        }
    }

    static final class InvalidManifestException extends RuntimeException {

        InvalidManifestException(String message) {
            super(message);
        }

        InvalidManifestException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
