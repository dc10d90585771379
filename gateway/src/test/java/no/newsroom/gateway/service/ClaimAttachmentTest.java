package no.newsroom.gateway.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The spliced composition must answer byte for byte what the gateway answered when it parsed both bodies into trees
 * and wrote the result again: {@link #asTrees} is that former composition, kept here as the reference.
 */
class ClaimAttachmentTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String BLOCK_1 = "6f1c2a8e-3b7d-4c55-9a0e-2d4b8c1e7f90";
    private static final String BLOCK_2 = "7a2d3b9f-4c8e-4d66-8b1f-3e5c9d2f8a01";
    private static final String GONE = "0d9e8f7a-6b5c-4d3e-2f1a-0b9c8d7e6f5a";

    @Test
    void returnsTheSameBytesAsTheTreeCompositionForAnArticleAsTheServicesWriteIt() throws Exception {
        String article = article(block(BLOCK_1, "Ukrainske myndigheter hevder at «minst 4» er drept – \"sitat\"\n"),
                block(BLOCK_2, "Flyalarm i Kyiv, Київ"));
        String claims = page(claim("a", BLOCK_1), claim("b", BLOCK_2), claim("c", BLOCK_1), claim("d", GONE));

        assertSameAsTrees(article, claims);
    }

    @Test
    void returnsTheSameBytesAsTheTreeCompositionWithoutClaims() throws Exception {
        assertSameAsTrees(article(block(BLOCK_1, "tekst"), block(BLOCK_2, "mer")), page());
    }

    @Test
    void returnsTheSameBytesAsTheTreeCompositionWhenClaimsAreUnavailable() throws Exception {
        assertSameAsTrees(article(block(BLOCK_1, "tekst")), null);
    }

    @Test
    void returnsTheSameBytesAsTheTreeCompositionForAnArticleWithoutBlocks() throws Exception {
        assertSameAsTrees(article(), page(claim("a", BLOCK_1)));
    }

    @Test
    void attachesToEmptyBlocksAndEmptyArticlesWithoutAStrayComma() throws Exception {
        String claims = page(claim("a", ""));

        assertSameAsTrees("{\"blocks\":[{},{\"id\":\"" + BLOCK_1 + "\"}]}", claims);
        assertSameAsTrees("{}", claims);
    }

    @Test
    void attachesClaimsOfARepeatedBlockIdToTheLaterBlock() throws Exception {
        assertSameAsTrees(article(block(BLOCK_1, "first"), block(BLOCK_1, "second")), page(claim("a", BLOCK_1)));
    }

    @Test
    void treatsAClaimWithoutAnchorAsUnanchored() throws Exception {
        Map<String, Object> claim = claim("a", BLOCK_1);
        claim.put("anchor", null);

        assertSameAsTrees(article(block(BLOCK_1, "tekst")), page(claim));
    }

    @Test
    void readsTheBlockIdOfTheAnchorOnlyNotOfNestedObjects() throws Exception {
        Map<String, Object> claim = claim("a", GONE);
        claim.put("sharedFrom", Map.of("blockId", BLOCK_1));

        assertSameAsTrees(article(block(BLOCK_1, "tekst")), page(claim));
    }

    @Test
    void rejectsAnArticleThatIsNotAJsonObject() {
        assertThrows(IllegalStateException.class,
                () -> ClaimAttachment.attach("[1]".getBytes(StandardCharsets.UTF_8), List.of()));
    }

    private static void assertSameAsTrees(String article, String claimsPage) throws Exception {
        byte[] articleBytes = article.getBytes(StandardCharsets.UTF_8);
        List<ClaimAttachment.Claim> claims = claimsPage == null ? null
                : ClaimAttachment.claimsOf(claimsPage.getBytes(StandardCharsets.UTF_8));

        String spliced = new String(ClaimAttachment.attach(articleBytes, claims), StandardCharsets.UTF_8);

        assertEquals(asTrees(article, claimsPage), spliced);
    }

    /** How the gateway composed before: both bodies parsed into trees, changed, and written again. */
    private static String asTrees(String article, String claimsPage) throws Exception {
        ObjectNode body = (ObjectNode) JSON.readTree(article);
        ObjectNode summary = body.putObject("claims").put("available", claimsPage != null);
        if (claimsPage != null) {
            JsonNode items = JSON.readTree(claimsPage).path("items");
            summary.put("count", items.size());
            Map<String, ArrayNode> claimsByBlock = new LinkedHashMap<>();
            for (JsonNode block : body.path("blocks")) {
                claimsByBlock.put(block.path("id").asText(), ((ObjectNode) block).putArray("claims"));
            }
            ArrayNode unanchored = JSON.createArrayNode();
            for (JsonNode claim : items) {
                claimsByBlock.getOrDefault(claim.path("anchor").path("blockId").asText(), unanchored).add(claim);
            }
            summary.set("unanchored", unanchored);
        }
        return body.toString();
    }

    private static String article(Map<?, ?>... blocks) throws Exception {
        Map<String, Object> article = new LinkedHashMap<>();
        article.put("id", "0b6f6c9e-1f0a-4a53-8c9a-5d1f1e2b7c44");
        article.put("slug", "live-kyiv");
        article.put("title", "Missilfragmenter traff boligblokker i Kyiv");
        article.put("status", "PUBLISHED");
        article.put("version", 7);
        article.put("tags", List.of("kyiv", "krig"));
        article.put("publishedAt", "2022-03-14T06:00:00Z");
        article.put("blocks", List.of(blocks));
        article.put("byline", null);
        return JSON.writeValueAsString(article);
    }

    private static Map<String, Object> block(String id, String text) {
        Map<String, Object> block = new LinkedHashMap<>();
        block.put("id", id);
        block.put("type", "PARAGRAPH");
        block.put("text", text);
        block.put("caption", null);
        block.put("postedAt", "2022-03-14T06:05:00Z");
        return block;
    }

    private static Map<String, Object> claim(String name, String blockId) {
        Map<String, Object> anchor = new LinkedHashMap<>();
        anchor.put("blockId", blockId);
        anchor.put("start", 0);
        anchor.put("end", 12);
        anchor.put("quote", "minst «4» drept");
        Map<String, Object> claim = new LinkedHashMap<>();
        claim.put("id", "c-" + name);
        claim.put("statement", "Minst 4 er drept i angrepet på " + name);
        claim.put("status", "IN_REVIEW");
        claim.put("publicStatus", "UNVERIFIED");
        claim.put("quantities", List.of(Map.of("value", 4, "unit", "people"), Map.of("value", 12.5, "unit", "km")));
        claim.put("anchor", anchor);
        claim.put("allowedTransitions", List.of("CONFIRMED", "FALSE"));
        claim.put("independentlyConfirmed", false);
        return claim;
    }

    @SafeVarargs
    private static String page(Map<String, Object>... claims) throws Exception {
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("items", new ArrayList<>(List.of(claims)));
        page.put("nextCursor", null);
        page.put("total", claims.length);
        return JSON.writeValueAsString(page);
    }
}
