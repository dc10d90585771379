package no.newsroom.gateway.rest;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The gateway documents by hand what it passes through from the services. This compares, field by field (names,
 * types and formats, enums, nullability, and required where both documents declare it), each public schema with the
 * service schema it stands for, so that the public document cannot drift from what the services send and accept.
 * A deliberate difference is listed in {@link #DELIBERATE} with the reason.
 */
class PublicSchemaContractTest {

    private static final Path GATEWAY = Path.of("src/main/openapi/openapi.yaml");

    /** Public schema → the service schema whose JSON the gateway hands on unchanged (both directions). */
    static final List<Counterpart> PASSED_THROUGH = List.of(
            articles("Article", "Article"),
            articles("Block", "Block"),
            articles("ArticleSummary", "ArticleSummary"),
            articles("ArticlePage", "PageResponseArticleSummary"),
            articles("Revision", "Revision"),
            articles("ArticleContent", "ArticleContent"),
            articles("BlockContent", "BlockContent"),
            articles("RevisionSummary", "RevisionSummary"),
            articles("RevisionPage", "PageResponseRevisionSummary"),
            articles("RevisionDiff", "RevisionDiff"),
            articles("FieldChange", "FieldChange"),
            articles("BlockChange", "BlockChange"),
            articles("ArticleDraft", "ArticleRequest"),
            articles("BlockDraft", "BlockRequest"),
            articles("FieldError", "FieldError"),
            articles("Problem", "Problem"),
            claims("Problem", "Problem"),
            claims("FieldError", "FieldError"),
            claims("Claim", "Claim"),
            claims("ClaimPage", "PageResponseClaimResponse"),
            claims("Anchor", "AnchorView"),
            claims("Anchor", "Anchor"),
            claims("Quantity", "QuantityView"),
            claims("QuantityDraft", "Quantity"),
            claims("NewerFigure", "NewerFigure"),
            claims("ClaimReview", "ClaimReview"),
            claims("Rating", "Rating"),
            claims("ReviewedClaim", "ReviewedClaim"),
            claims("Party", "Party"),
            claims("Appearance", "Appearance"),
            claims("Evidence", "Evidence"),
            claims("EvidencePage", "PageResponseEvidenceResponse"),
            claims("HistoryEntry", "HistoryEntry"),
            claims("HistoryPage", "PageResponseHistoryEntryResponse"),
            claims("TimelineEntry", "TimelineEntry"),
            claims("Timeline", "PageResponseTimelineEntryResponse"),
            claims("Extraction", "ExtractionResult"),
            claims("ClaimCandidate", "ClaimCandidate"),
            claims("ExtractedQuantity", "ExtractedQuantity"),
            claims("ArticleExtraction", "ArticleExtractionResult"),
            claims("MatchRequest", "MatchRequest"),
            claims("MatchClaim", "MatchClaim"),
            claims("MatchResult", "MatchResponse"),
            claims("Match", "Match"),
            claims("MatchedClaim", "MatchedClaim"),
            claims("MatchDecision", "MatchDecision"),
            claims("StoredMatch", "StoredMatch"),
            claims("StoredMatchPage", "PageResponseStoredMatchResponse"),
            claims("ReviewQueuePage", "ReviewQueuePage"),
            claims("ClaimDraft", "ClaimRequest"),
            claims("ClaimPatch", "ClaimPatch"),
            claims("EvidenceDraft", "EvidenceRequest"),
            claims("Transition", "TransitionRequest"),
            claims("Withdrawal", "ReasonRequest"),
            claims("EvidenceSupersession", "ReasonRequest"),
            claims("ExtractionRequest", "ExtractionRequest"),
            claims("Webhook", "Webhook"),
            claims("WebhookPage", "PageResponseWebhookResponse"),
            claims("WebhookDelivery", "WebhookDelivery"),
            claims("WebhookDeliveryPage", "PageResponseWebhookDeliveryResponse"),
            claims("WebhookDraft", "WebhookRequest"),
            claims("WebhookPatch", "WebhookPatch"));

    /** Differences the gateway makes on purpose, by public field, with the reason. */
    private static final Map<String, String> DELIBERATE = Map.ofEntries(
            // Composed: with include=claims the gateway adds the claims of the article and of each block.
            Map.entry("Article.claims", "composed from claims-service"),
            Map.entry("Block.claims", "composed from claims-service"),
            // Narrowed: claims-service stores a match only when it is not UNRELATED (StoredMatchingService); its
            // document reuses the stateless matcher's Relation, which has UNRELATED.
            Map.entry("StoredMatch.relation", "narrowed to the relations a stored match can have"),
            // Refined: claims-service declares the payload it stored as a free-form map; it is the webhook message.
            Map.entry("WebhookDelivery.payload", "refined to the WebhookMessage the payload always is"));

    @Test
    void shouldDocumentEveryPassedThroughFieldAsTheServiceHasIt() {
        Map<String, String> drift = drift();
        drift.keySet().removeAll(DELIBERATE.keySet());

        assertEquals("", report(drift), "The gateway's public schemas differ from the services' documents ("
                + ServiceContract.ARTICLES + ", " + ServiceContract.CLAIMS + "); fix the side that is wrong, or list "
                + "a deliberate difference in DELIBERATE");
    }

    @Test
    void shouldExcuseOnlyDifferencesThatExist() {
        Set<String> stale = new TreeSet<>(DELIBERATE.keySet());
        stale.removeAll(drift().keySet());

        assertEquals(Set.of(), stale, "These DELIBERATE entries no longer differ; remove them");
    }

    private static Map<String, String> drift() {
        Map<String, String> ownNames = PASSED_THROUGH.stream()
                .collect(Collectors.toMap(Counterpart::gateway, Counterpart::gateway, (a, b) -> a));
        Document gateway = new Document("gateway", ServiceContract.read(GATEWAY), ownNames);
        Map<Path, Document> services = new HashMap<>();
        for (Path path : List.of(ServiceContract.ARTICLES, ServiceContract.CLAIMS)) {
            Map<String, String> publicNames = PASSED_THROUGH.stream().filter(c -> c.document().equals(path))
                    .collect(Collectors.toMap(Counterpart::service, Counterpart::gateway, (a, b) -> a));
            services.put(path, new Document(path.getFileName().toString(), ServiceContract.read(path), publicNames));
        }
        Map<String, String> drift = new LinkedHashMap<>();
        for (Counterpart pair : PASSED_THROUGH) {
            Document service = services.get(pair.document());
            compare(pair, gateway, service, drift);
        }
        return drift;
    }

    private static void compare(Counterpart pair, Document gateway, Document service, Map<String, String> drift) {
        JsonNode ours = gateway.schema(pair.gateway());
        JsonNode theirs = service.schema(pair.service());
        if (ours.isMissingNode() || theirs.isMissingNode()) {
            drift.put(pair.gateway(), "no schema " + (ours.isMissingNode() ? pair.gateway() + " in the gateway"
                    : pair.service() + " in " + service.name()));
            return;
        }
        Set<String> fields = new TreeSet<>(names(ours.path("properties")));
        fields.addAll(names(theirs.path("properties")));
        Set<String> oursRequired = new TreeSet<>(texts(ours.path("required")));
        Set<String> theirsRequired = new TreeSet<>(texts(theirs.path("required")));
        boolean bothDeclareRequired = ours.has("required") && theirs.has("required");
        for (String field : fields) {
            String key = pair.gateway() + "." + field;
            JsonNode our = ours.path("properties").path(field);
            JsonNode their = theirs.path("properties").path(field);
            if (our.isMissingNode()) {
                drift.put(key, "in " + service.name() + " " + pair.service() + ", not documented by the gateway");
            } else if (their.isMissingNode()) {
                drift.put(key, "documented by the gateway, not in " + service.name() + " " + pair.service());
            } else if (!gateway.type(our).equals(service.type(their))) {
                drift.put(key, "gateway " + gateway.type(our) + ", " + service.name() + " " + service.type(their));
            } else if (bothDeclareRequired && oursRequired.contains(field) != theirsRequired.contains(field)) {
                drift.put(key, "required in " + (oursRequired.contains(field) ? "the gateway" : service.name())
                        + " only");
            }
        }
    }

    private static String report(Map<String, String> drift) {
        return drift.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue())
                .collect(Collectors.joining("\n"));
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static List<String> texts(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
    }

    private static Counterpart articles(String gateway, String service) {
        return new Counterpart(gateway, ServiceContract.ARTICLES, service);
    }

    private static Counterpart claims(String gateway, String service) {
        return new Counterpart(gateway, ServiceContract.CLAIMS, service);
    }

    record Counterpart(String gateway, Path document, String service) {
    }

    /**
     * One OpenAPI 3.1 document, able to describe a property's type in terms comparable across documents: references
     * to simple schemas are resolved, references to object schemas are named by their public counterpart.
     */
    private record Document(String name, JsonNode root, Map<String, String> publicNames) {

        JsonNode schema(String schemaName) {
            return root.path("components").path("schemas").path(schemaName);
        }

        String type(JsonNode property) {
            return base(property) + (nullable(property) ? " or null" : "");
        }

        private String base(JsonNode schema) {
            JsonNode nonNull = nonNullMember(schema);
            if (nonNull != schema) {
                return base(nonNull);
            }
            if (schema.has("$ref")) {
                String target = schema.get("$ref").asText().substring("#/components/schemas/".length());
                JsonNode referenced = schema(target);
                if (referenced.has("properties")) {
                    return "object " + publicNames.getOrDefault(target, name + "'s " + target);
                }
                return base(referenced);
            }
            String type = typeOf(schema);
            if ("array".equals(type)) {
                return "array of " + base(schema.path("items"));
            }
            if ("object".equals(type) && schema.has("additionalProperties")) {
                return "map of " + base(schema.path("additionalProperties"));
            }
            String format = schema.has("format") ? " (" + schema.get("format").asText() + ")" : "";
            String values = schema.has("enum") ? " " + new TreeSet<>(texts(schema.get("enum"))) : "";
            return type + format + values;
        }

        private static JsonNode nonNullMember(JsonNode schema) {
            JsonNode anyOf = schema.path("anyOf");
            List<JsonNode> members = StreamSupport.stream(anyOf.spliterator(), false)
                    .filter(member -> !"null".equals(member.path("type").asText())).toList();
            return members.size() == 1 && anyOf.size() == 2 ? members.get(0) : schema;
        }

        private static String typeOf(JsonNode schema) {
            JsonNode type = schema.path("type");
            if (type.isArray()) {
                return texts(type).stream().filter(t -> !"null".equals(t)).collect(Collectors.joining(" or "));
            }
            return type.asText("any");
        }

        private static boolean nullable(JsonNode schema) {
            return texts(schema.path("type")).contains("null")
                    || StreamSupport.stream(schema.path("anyOf").spliterator(), false)
                    .anyMatch(member -> "null".equals(member.path("type").asText()));
        }
    }
}
