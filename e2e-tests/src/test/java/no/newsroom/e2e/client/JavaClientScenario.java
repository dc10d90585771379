package no.newsroom.e2e.client;

import no.newsroom.e2e.RunningSuite;
import no.newsroom.e2e.client.generated.ApiClient;
import no.newsroom.e2e.client.generated.ApiException;
import no.newsroom.e2e.client.generated.ApiResponse;
import no.newsroom.e2e.client.generated.api.ArticlesApi;
import no.newsroom.e2e.client.generated.api.ClaimsApi;
import no.newsroom.e2e.client.generated.model.Article;
import no.newsroom.e2e.client.generated.model.ArticleExtraction;
import no.newsroom.e2e.client.generated.model.Block;
import no.newsroom.e2e.client.generated.model.Claim;
import no.newsroom.e2e.client.generated.model.ClaimPatch;
import no.newsroom.e2e.client.generated.model.ClaimReview;
import no.newsroom.e2e.client.generated.model.ClaimStatus;
import no.newsroom.e2e.client.generated.model.Evidence;
import no.newsroom.e2e.client.generated.model.EvidenceDraft;
import no.newsroom.e2e.client.generated.model.HistoryEntry;
import no.newsroom.e2e.client.generated.model.Quantity;
import no.newsroom.e2e.client.generated.model.Transition;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What a client app does with the Java client generated from the committed API document, and nothing else: it
 * drives a claim from an imported article through review and four-eyes approval, then reads the verdict back
 * anonymously. It talks to whatever base URL it is given: the gateway itself, or a validating proxy in front of it.
 */
final class JavaClientScenario {

    private static final String TITLE = "Kontrakt: Ukraina melder fire russiske fly skutt ned";
    private static final String AIRCRAFT_SENTENCE = "Ukrainske myndigheter hevder at de har skutt ned fire russiske "
            + "fly, blant dem tre helikoptre, det siste døgnet.";
    private static final String ARTICLE_TEXT = """
            Fragmenter fra en russisk missil, som ble skutt ned av ukrainske styrker, skal ha truffet et område \
            med boligblokker i Kyiv.

            %s Det er ikke bekreftet av uavhengige kilder.
            """.formatted(AIRCRAFT_SENTENCE);
    private static final String CLAIM_REVIEWED = "Ukraina skjøt ned fire russiske fly, blant dem tre helikoptre";
    private static final String RATIONALE = "Reuters bekrefter nedskytingene med satellittbilder fra to av stedene.";

    private static final int ATTEMPTS_WHILE_UNAVAILABLE = 5;

    private final RunningSuite suite;
    private final URI baseUrl;

    JavaClientScenario(RunningSuite suite, URI baseUrl) {
        this.suite = suite;
        this.baseUrl = baseUrl;
    }

    void run() throws ApiException {
        // Given an article imported from plain text and published by an editor
        ArticlesApi editorArticles = new ArticlesApi(client("nina", "editor"));
        Article article = importAndPublish(editorArticles);
        Block paragraph = blockWithText(article, AIRCRAFT_SENTENCE);

        // When its claims are extracted, assigned to kari and sharpened by the editor
        ApiResponse<ArticleExtraction> extraction =
                whenAvailable(() -> editorArticles.extractArticleClaimsWithHttpInfo(article.getId()));
        assertEquals(200, extraction.getStatusCode());
        assertEquals(article.getId(), extraction.getData().getArticleId());
        assertEquals(extraction.getData().getClaims().size(), extraction.getData().getCreated());
        Claim extracted = claimBy(extraction.getData().getClaims(), "Ukrainske myndigheter");
        assertExtractedFrom(article, paragraph, extracted);
        UUID claimId = extracted.getId();

        ApiResponse<Claim> assigned = new ClaimsApi(client("nina", "editor")).patchClaimWithHttpInfo(claimId,
                etagOf(extracted), new ClaimPatch().assignee("kari").claimReviewed(CLAIM_REVIEWED));
        assertEquals("kari", assigned.getData().getAssignee());
        assertEquals(CLAIM_REVIEWED, assigned.getData().getClaimReviewed());

        // and kari takes it into review, adds independent evidence and proposes CONFIRMED
        ClaimsApi kari = new ClaimsApi(client("kari", "verifier"));
        ApiResponse<Claim> inReview = kari.transitionClaimWithHttpInfo(claimId, etag(assigned),
                new Transition().to(ClaimStatus.IN_REVIEW));
        assertEquals(ClaimStatus.IN_REVIEW, inReview.getData().getStatus());
        assertEquals(ClaimStatus.IN_REVIEW, inReview.getData().getPublicStatus());

        ApiResponse<Evidence> evidence = kari.addClaimEvidenceWithHttpInfo(claimId, new EvidenceDraft()
                .type(EvidenceDraft.TypeEnum.INDEPENDENT_REPORT)
                .url("https://www.reuters.com/world/europe/kyiv-aircraft")
                .description("Reuters bekrefter nedskytingene med satellittbilder")
                .independent(true), UUID.randomUUID().toString());
        assertEquals(201, evidence.getStatusCode());
        assertEquals(Evidence.TypeEnum.INDEPENDENT_REPORT, evidence.getData().getType());
        assertEquals(true, evidence.getData().getIndependent());
        assertEquals("kari", evidence.getData().getAddedBy());
        assertNotNull(evidence.getData().getAddedAt());

        ApiResponse<Claim> proposed = kari.transitionClaimWithHttpInfo(claimId,
                etagOf(kari.getClaim(claimId)), new Transition().to(ClaimStatus.CONFIRMED).rationale(RATIONALE));
        assertEquals(ClaimStatus.CONFIRMED, proposed.getData().getStatus());
        assertEquals(ClaimStatus.IN_REVIEW, proposed.getData().getPublicStatus());
        assertEquals(true, proposed.getData().getPendingApproval());
        assertEquals("kari", proposed.getData().getProposedBy());

        // and ola, a second verifier, approves it
        ApiResponse<Claim> approved = new ClaimsApi(client("ola", "verifier"))
                .approveClaimWithHttpInfo(claimId, etag(proposed));
        assertEquals(ClaimStatus.CONFIRMED, approved.getData().getPublicStatus());
        assertEquals(false, approved.getData().getPendingApproval());

        // Then an anonymous client reads the approved verdict, its history and its ClaimReview
        ClaimsApi anonymous = new ClaimsApi(gatewayClient());
        Claim publicView = whenVisibleToReaders(() -> anonymous.getClaim(claimId));
        assertEquals(ClaimStatus.CONFIRMED, publicView.getStatus());
        assertEquals(ClaimStatus.CONFIRMED, publicView.getPublicStatus());
        assertEquals(RATIONALE, publicView.getVerdictRationale());
        assertNull(publicView.getProposedBy());

        assertHistory(kari.getClaimHistory(claimId).getItems());
        assertClaimReview(anonymous.getClaimReview(claimId), claimId);
    }

    private static Article importAndPublish(ArticlesApi editorArticles) throws ApiException {
        // One key for every attempt: a retry after a 503 can never import the text twice.
        String importKey = UUID.randomUUID().toString();
        ApiResponse<Article> imported =
                whenAvailable(() -> editorArticles.importArticleWithHttpInfo("nb", TITLE, ARTICLE_TEXT, importKey));
        assertEquals(201, imported.getStatusCode());
        Article draft = imported.getData();
        assertEquals(TITLE, draft.getTitle());
        assertEquals("nb", draft.getLanguage());
        assertEquals(Article.StatusEnum.DRAFT, draft.getStatus());
        assertEquals(Block.TypeEnum.PARAGRAPH, blockWithText(draft, AIRCRAFT_SENTENCE).getType());

        ApiResponse<Article> published = editorArticles.publishArticleWithHttpInfo(draft.getId(), etag(imported));
        Article article = published.getData();
        assertEquals(Article.StatusEnum.PUBLISHED, article.getStatus());
        assertNotNull(article.getPublishedAt());
        assertEquals(etagOf(article.getVersion()), etag(published));
        return article;
    }

    /**
     * Readers see the claims of an article once claims-service has read its publication from the articles feed, a
     * poll (2 s) after publishing; until then the claim answers 404 to them.
     */
    private static <T> T whenVisibleToReaders(Read<T> read) throws ApiException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (true) {
            try {
                return read.call();
            } catch (ApiException notYet) {
                if (notYet.getCode() != 404 || Instant.now().isAfter(deadline)) {
                    throw notYet;
                }
                RunningSuite.sleep(Duration.ofMillis(500));
            }
        }
    }

    @FunctionalInterface
    private interface Read<T> {
        T call() throws ApiException;
    }

    /**
     * The document promises 503 with Retry-After while a service cannot answer in time (a cold JVM on a busy
     * machine), so the client does what it tells: wait and ask again. Only for calls that are safe to repeat: an
     * extraction stores nothing twice, and an import repeated after a late success leaves one more unused draft.
     */
    private static <T> ApiResponse<T> whenAvailable(Call<T> call) throws ApiException {
        for (int attempt = 1; ; attempt++) {
            try {
                return call.send();
            } catch (ApiException e) {
                if (e.getCode() != 503 || attempt == ATTEMPTS_WHILE_UNAVAILABLE) {
                    throw e;
                }
                RunningSuite.sleep(retryAfter(e));
            }
        }
    }

    private static Duration retryAfter(ApiException unavailable) {
        String seconds = unavailable.getResponseHeaders().firstValue("Retry-After")
                .orElseThrow(() -> new AssertionError("503 without Retry-After: " + unavailable.getResponseBody()));
        return Duration.ofSeconds(Long.parseLong(seconds));
    }


    private static void assertExtractedFrom(Article article, Block paragraph, Claim claim) {
        assertEquals(article.getId(), claim.getArticleId());
        assertEquals(ClaimStatus.UNVERIFIED, claim.getStatus());
        assertEquals(ClaimStatus.UNVERIFIED, claim.getPublicStatus());
        assertEquals(paragraph.getId(), claim.getAnchor().getBlockId());
        assertEquals(AIRCRAFT_SENTENCE, claim.getAnchor().getQuote());
        assertEquals(claim.getAnchor().getQuote(),
                paragraph.getText().substring(claim.getAnchor().getStart(), claim.getAnchor().getEnd()));
        List<Quantity> quantities = claim.getQuantities();
        assertEquals(List.of(new BigDecimal("4"), new BigDecimal("3")),
                quantities.stream().map(quantity -> quantity.getValue().stripTrailingZeros()).toList());
        assertEquals(0, quantities.get(1).getPartOf());
    }

    private static void assertHistory(List<HistoryEntry> history) {
        List<String> steps = history.stream()
                .map(entry -> entry.getActor() + " " + entry.getAction() + " " + entry.getFrom() + "->" + entry.getTo())
                .toList();
        assertTrue(steps.contains("kari transitioned UNVERIFIED->IN_REVIEW"), steps::toString);
        assertTrue(steps.contains("kari transitioned IN_REVIEW->CONFIRMED"), steps::toString);
        assertTrue(steps.contains("ola approved IN_REVIEW->CONFIRMED"), steps::toString);
        HistoryEntry verdict = history.stream()
                .filter(entry -> "CONFIRMED".equals(entry.getTo()) && "transitioned".equals(entry.getAction()))
                .findFirst().orElseThrow();
        assertEquals(RATIONALE, verdict.getReason());
        assertNotNull(verdict.getAt());
        assertTrue(history.stream().anyMatch(entry -> "evidence.added".equals(entry.getAction())), steps::toString);
    }

    private static void assertClaimReview(ClaimReview review, UUID claimId) {
        assertEquals("https://schema.org", review.getAtContext());
        assertEquals("ClaimReview", review.getAtType());
        assertEquals(CLAIM_REVIEWED, review.getClaimReviewed());
        assertTrue(review.getUrl().endsWith(claimId.toString()), review.getUrl());
        assertNotNull(review.getDatePublished());
        assertEquals(5, review.getReviewRating().getRatingValue());
        assertEquals("Bekreftet", review.getReviewRating().getAlternateName(),
                "the verdict in the claim's language (nb)");
        assertEquals("Ukrainske myndigheter", review.getItemReviewed().getAuthor().getName());
        assertFalse(review.getAuthor().getName().isBlank());
    }

    private static Claim claimBy(List<Claim> claims, String claimant) {
        return claims.stream()
                .filter(claim -> claimant.equals(claim.getClaimant()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no claim by " + claimant + " in " + claims));
    }

    private static Block blockWithText(Article article, String text) {
        return article.getBlocks().stream()
                .filter(block -> block.getText() != null && block.getText().contains(text))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no block with " + text + " in " + article.getBlocks()));
    }

    private static String etag(ApiResponse<?> response) {
        List<String> etags = response.getHeaders().get("ETag");
        assertNotNull(etags, () -> "no ETag in " + response.getHeaders());
        return etags.get(0);
    }

    private static String etagOf(Claim claim) {
        return etagOf(claim.getVersion());
    }

    private static String etagOf(Long version) {
        return "\"" + version + "\"";
    }

    private ApiClient client(String user, String role) {
        String token = suite.token(user, role);
        return gatewayClient().setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
    }

    /**
     * HTTP/1.1 only: the JDK client otherwise asks plain-http servers to upgrade to h2c, and a proxy that passes
     * those headers on leaves the upgrade half done.
     */
    private ApiClient gatewayClient() {
        return new ApiClient(ApiClient.createDefaultHttpClientBuilder().version(HttpClient.Version.HTTP_1_1),
                ApiClient.createDefaultObjectMapper(), baseUrl.toString());
    }

    private interface Call<T> {
        ApiResponse<T> send() throws ApiException;
    }
}
