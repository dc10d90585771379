package no.newsroom.e2e.sso;

import io.restassured.specification.RequestSpecification;
import no.newsroom.devsupport.ClientCredentials;
import no.newsroom.devsupport.JwtIssuer;
import no.newsroom.e2e.RunningSuite;
import no.newsroom.e2e.RunningSuite.Service;
import no.newsroom.e2e.client.generated.ApiClient;
import no.newsroom.e2e.client.generated.ApiException;
import no.newsroom.e2e.client.generated.ApiResponse;
import no.newsroom.e2e.client.generated.api.ArticlesApi;
import no.newsroom.e2e.client.generated.model.Article;
import no.newsroom.e2e.editor.EditorBrowser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Provider mode end to end: a real Keycloak with the repository's newsroom realm, and the three services started
 * with nothing but its issuer URL (and the dev secrets of their own clients). Tokens come from Keycloak only.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ProviderSignInIT {

    private static final Duration SHORT_LIFETIME = Duration.ofSeconds(20);
    /** Past the verifier's allowance for clock skew, so "expired" cannot be mistaken for "nearly expired". */
    private static final Duration PAST_CLOCK_SKEW = Duration.ofSeconds(65);

    static Keycloak keycloak;
    static RunningSuite suite;
    private static String expiringToken;
    private static Instant expiringTokenIssuedAt;

    @BeforeAll
    static void startKeycloakAndSuite() {
        Instant started = Instant.now();
        keycloak = Keycloak.start(RunningSuite.root(), RunningSuite.root().resolve("e2e-tests/target/e2e-sso"));
        System.out.printf("sso: Keycloak ready in %d s%n", Duration.between(started, Instant.now()).toSeconds());
        suite = RunningSuite.withProvider(
                new RunningSuite.Provider(keycloak.issuer(), keycloak.realmClient("newsroom-demo-app")));
        // Taken now and checked last, so that the wait for its expiry overlaps the other tests.
        expiringToken = keycloak.addServiceClient("e2e-short-lived-app", "newsroom-api", SHORT_LIFETIME,
                "reader").accessToken();
        expiringTokenIssuedAt = Instant.now();
    }

    @AfterAll
    static void stopAll() {
        if (suite != null) {
            suite.stopAll();
        }
        if (keycloak != null) {
            keycloak.stop();
        }
    }

    @Test
    @Order(0)
    void shouldAcceptAShortLivedTokenWhileItIsValid() {
        // reader is the wrong role for the review queue: 403 shows that the token itself was accepted
        gateway(expiringToken).get("/api/v1/review-queue").then().statusCode(403);
    }

    @Test
    @Order(1)
    void shouldReadAndWriteWithAClientCredentialsTokenThroughTheGeneratedClient() throws ApiException {
        String token = keycloak.realmClient("newsroom-demo-app").accessToken();
        ArticlesApi articles = new ArticlesApi(gatewayClient()
                .setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token)));

        ApiResponse<Article> imported = articles.importArticleWithHttpInfo("nb", "Klient-app: innlogget import",
                "Kyiv ble angrepet i natt, ifølge ukrainske myndigheter.", null);
        assertEquals(201, imported.getStatusCode());
        assertEquals(Article.StatusEnum.DRAFT, imported.getData().getStatus());

        // A draft is visible to staff only: the demo app reads it back with its editor role.
        ApiResponse<Article> read = articles.getArticleWithHttpInfo(imported.getData().getId().toString(), null);
        assertEquals(200, read.getStatusCode());
        assertEquals("Klient-app: innlogget import", read.getData().getTitle());
    }

    @Test
    @Order(2)
    void shouldRefuseATokenForAnotherAudience() {
        ClientCredentials payroll = keycloak.addServiceClient("e2e-payroll-app", "payroll-api",
                Duration.ofMinutes(5), "editor");

        gateway(payroll.accessToken()).get("/api/v1/review-queue").then().statusCode(401);
        gateway(payroll.accessToken()).contentType("application/json").body("{}").post("/api/v1/articles")
                .then().statusCode(401);
    }

    @Test
    @Order(3)
    void shouldRefuseATokenSignedByAnUnknownKey() throws NoSuchAlgorithmException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        String forged = new JwtIssuer(generator.generateKeyPair().getPrivate(), keycloak.issuer())
                .issue("mallory", List.of("admin"), Duration.ofMinutes(5));

        gateway(forged).get("/api/v1/review-queue").then().statusCode(401);
    }

    @Test
    @Order(4)
    void shouldLetAServiceTokenReadTheEventFeedsAndNothingElse() throws IOException, InterruptedException {
        String service = keycloak.realmClient("newsroom-gateway").accessToken();

        // The services' own feeds answer it with every event, a draft's creation included.
        given().baseUri(suite.url(Service.ARTICLES).toString()).auth().oauth2(service)
                .queryParam("limit", 500).get("/events")
                .then().statusCode(200).body("items.public", hasItem(false));
        given().baseUri(suite.url(Service.CLAIMS).toString()).auth().oauth2(service)
                .queryParam("limit", 500).get("/events")
                .then().statusCode(200);
        assertEquals(200, openEventStream(service));

        gateway(service).get("/api/v1/review-queue").then().statusCode(403);
        gateway(service).contentType("application/json").body("{}").post("/api/v1/articles").then().statusCode(403);
        given().baseUri(suite.url(Service.ARTICLES).toString()).auth().oauth2(service)
                .contentType("application/json").body("{}").post("/articles").then().statusCode(403);
    }

    @Test
    @Order(5)
    void shouldLetVerifiersSignInAtKeycloakAndApplyFourEyesToTheirVerifiedIdentities() {
        EditorBrowser.assumeInstalled();
        keycloak.allowEditorAt(suite.url(Service.GATEWAY));
        String claimId = aircraftClaimId();
        try (EditorBrowser kari = EditorBrowser.open(suite.url(Service.GATEWAY));
             EditorBrowser ola = EditorBrowser.open(suite.url(Service.GATEWAY))) {
            try {
                // Given kari, signed in through Keycloak's login page, on the aircraft claim
                kari.go("#/claims/" + claimId);
                signInAtKeycloak(kari, "kari");
                assertTrue(kari.find(By.id("identity")).getText().contains("kari"));
                assertEquals("Ukrainske myndigheter", kari.find(By.id("claim-claimant")).getText());
                kari.screenshot("sso-01-kari-signed-in");

                // When she takes it into review, adds independent evidence and proposes CONFIRMED
                transition(kari, "IN_REVIEW", null);
                addIndependentEvidence(kari);
                transition(kari, "CONFIRMED", "Uavhengig rapport med bilder av vrakrestene.");
                assertTrue(kari.driver().findElements(By.id("approve")).isEmpty(), "the proposer may not approve");

                // Then ola, in another browser context and signed in at Keycloak too, approves it
                ola.go("#/claims/" + claimId);
                signInAtKeycloak(ola, "ola");
                ola.find(By.id("approve")).click();
                ola.until(ExpectedConditions.attributeToBe(
                        By.cssSelector("#claim-public-status .badge"), "data-status", "CONFIRMED"));
                assertTrue(ola.find(By.id("approved-by")).getText().contains("ola"));
                ola.screenshot("sso-02-ola-approved");
            } catch (RuntimeException | AssertionError e) {
                kari.screenshot("sso-failed-kari");
                ola.screenshot("sso-failed-ola");
                System.err.println("kari's console:\n" + kari.consoleLog() + "\nola's console:\n" + ola.consoleLog());
                throw e;
            }
        }
    }

    @Test
    @Order(6)
    void shouldKeepAnUnsavedFormThroughSignInAgainAndEndTheProviderSessionOnSignOut() throws NoSuchAlgorithmException {
        EditorBrowser.assumeInstalled();
        keycloak.allowEditorAt(suite.url(Service.GATEWAY));
        String claimId = aircraftClaimId();
        try (EditorBrowser kari = EditorBrowser.open(suite.url(Service.GATEWAY))) {
            try {
                // Given kari signed in, typing evidence she has not saved yet
                kari.go("#/claims/" + claimId);
                signInAtKeycloak(kari, "kari");
                String draft = "Utkast som ikke må gå tapt";
                kari.find(By.id("evidence-description")).sendKeys(draft);

                // When her access token stops being accepted (a token the API cannot verify stands in for it) and
                // the next call answers 401
                KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
                generator.initialize(2048);
                String unverifiable = new JwtIssuer(generator.generateKeyPair().getPrivate(), keycloak.issuer())
                        .issue("kari", List.of("verifier"), Duration.ofMinutes(5));
                ((JavascriptExecutor) kari.driver()).executeScript(
                        "sessionStorage.setItem('newsroom.editor.token', arguments[0]);", unverifiable);
                new Select(kari.find(By.id("evidence-type"))).selectByValue("INDEPENDENT_REPORT");
                kari.find(By.id("evidence-url")).sendKeys("https://example.org/kyiv/draft");
                kari.find(By.id("add-evidence")).click();

                // Then she passes through Keycloak (still signed in there) and is back on the claim with her draft
                kari.until(ExpectedConditions.urlContains("#/claims/" + claimId));
                kari.until(driver -> draft.equals(driver.findElement(By.id("evidence-description"))
                        .getDomProperty("value")));
                kari.screenshot("sso-03-draft-restored");

                // And signing out ends the Keycloak session: signing in again asks for her password
                kari.find(By.id("sign-out")).click();
                kari.find(By.id("sign-in-provider")).click();
                kari.find(By.id("password"));
                kari.screenshot("sso-04-signed-out");
            } catch (RuntimeException | AssertionError e) {
                kari.screenshot("sso-failed-draft");
                System.err.println("kari's console:\n" + kari.consoleLog());
                throw e;
            }
        }
    }

    @Test
    @Order(100)
    void shouldRefuseAnExpiredToken() {
        Instant expiredPastSkew = expiringTokenIssuedAt.plus(SHORT_LIFETIME).plus(PAST_CLOCK_SKEW);
        if (Instant.now().isBefore(expiredPastSkew)) {
            RunningSuite.sleep(Duration.between(Instant.now(), expiredPastSkew));
        }

        gateway(expiringToken).get("/api/v1/review-queue").then().statusCode(401);
    }

    private static void signInAtKeycloak(EditorBrowser browser, String user) {
        browser.find(By.id("sign-in-provider")).click();
        browser.find(By.id("username")).sendKeys(user);
        browser.find(By.id("password")).sendKeys(user + "-dev-password");
        browser.find(By.id("kc-login")).click();
        browser.find(By.id("sign-out"));
    }

    private static void transition(EditorBrowser browser, String to, String rationale) {
        browser.find(By.id("to-" + to)).click();
        if (rationale != null) {
            browser.find(By.id("transition-text")).sendKeys(rationale);
        }
        browser.find(By.id("submit-transition")).click();
        browser.until(ExpectedConditions.attributeToBe(By.cssSelector("#claim-status .badge"), "data-status", to));
    }

    private static void addIndependentEvidence(EditorBrowser browser) {
        new Select(browser.find(By.id("evidence-type"))).selectByValue("INDEPENDENT_REPORT");
        browser.find(By.id("evidence-url")).sendKeys("https://example.org/kyiv/wreckage");
        browser.find(By.id("evidence-description")).sendKeys("Vraket av fire fly er dokumentert");
        browser.find(By.id("evidence-independent")).click();
        browser.find(By.id("add-evidence")).click();
        browser.find(By.cssSelector("#evidence-list .evidence-item"));
    }

    private static String aircraftClaimId() {
        return gateway(keycloak.realmClient("newsroom-demo-app").accessToken())
                .queryParam("articleId", suite.demoArticleId()).queryParam("claimant", "Ukrainske myndigheter")
                .get("/api/v1/claims").then().statusCode(200).extract().jsonPath().getString("items[0].id");
    }

    private static RequestSpecification gateway(String token) {
        return given().baseUri(suite.url(Service.GATEWAY).toString()).auth().oauth2(token);
    }

    private static ApiClient gatewayClient() {
        return new ApiClient(ApiClient.createDefaultHttpClientBuilder(), ApiClient.createDefaultObjectMapper(),
                suite.url(Service.GATEWAY).toString());
    }

    /** The status of the gateway's live stream for this token; the endless body is not read. */
    private static int openEventStream(String token) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(suite.url(Service.GATEWAY).resolve("/api/v1/events"))
                .header("Authorization", "Bearer " + token).header("Accept", "text/event-stream").GET().build();
        HttpResponse<InputStream> response = HttpClient.newHttpClient().send(request,
                HttpResponse.BodyHandlers.ofInputStream());
        response.body().close();
        return response.statusCode();
    }
}
