package no.newsroom.e2e.editor;

import io.restassured.specification.RequestSpecification;
import no.newsroom.devsupport.DemoDataSeeder;
import no.newsroom.e2e.RunningSuite;
import no.newsroom.e2e.RunningSuite.Service;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The verification desk in a real browser: a verifier takes the Kyiv aircraft claim through review to a proposed
 * verdict, a second verifier approves it, and an article view opened beforehand shows the new status live.
 */
class EditorWorkflowIT {

    private static final String CLAIMANT = "Ukrainske myndigheter";
    private static final String CLAIM_REVIEWED = "Ukraina skjøt ned fire russiske fly, blant dem tre helikoptre, "
            + "det siste døgnet";
    private static final String QUOTE = "Ukrainske myndigheter hevder at de har skutt ned fire russiske fly, blant dem "
            + "tre helikoptre, det siste døgnet. Det er ikke bekreftet av uavhengige kilder.";
    private static final String EVIDENCE = "Vraket av fire fly, tre av dem helikoptre, er dokumentert av uavhengige "
            + "fotografer";
    private static final String RATIONALE = "Uavhengig rapport med bilder av vrakrestene bekrefter tallene.";

    private static RunningSuite suite;
    private static EditorBrowser browser;
    private static String kari;
    private static String ola;

    @RegisterExtension
    final AfterTestExecutionCallback keepEvidenceOfFailure = context -> {
        if (context.getExecutionException().isPresent() && browser != null) {
            browser.screenshot("failed-" + context.getRequiredTestMethod().getName());
            System.err.println("Browser console:" + System.lineSeparator() + browser.consoleLog());
        }
    };

    @BeforeAll
    static void openBrowser() {
        EditorBrowser.assumeInstalled();
        suite = RunningSuite.get();
        suite.awaitClaimsAvailable(suite.demoArticleId());
        kari = suite.token("kari", "verifier");
        ola = suite.token("ola", "verifier");
        browser = EditorBrowser.open(suite.url(Service.GATEWAY));
    }

    @AfterAll
    static void closeBrowserAndReopenClaim() {
        if (browser != null) {
            browser.close();
            reopenAircraftClaim();
        }
    }

    /** sessionStorage belongs to a tab, so each test starts signed out. */
    @BeforeEach
    void openFreshTab() {
        browser.newTab();
    }

    @Test
    void shouldVerifyTheAircraftClaimWithFourEyesWhileTheArticleViewUpdatesLive() {
        // Given kari signed in, looking at the review queue
        browser.go("#/queue");
        browser.screenshot("01-sign-in");
        signIn(kari);
        assertTrue(browser.find(By.id("identity")).getText().contains("kari"));
        filterQueueByArticle(DemoDataSeeder.TITLE);
        WebElement row = browser.find(By.xpath("//tr[td[normalize-space()='" + CLAIMANT + "']]"));
        assertEquals(CLAIM_REVIEWED, row.findElement(By.className("claim-link")).getText());
        assertEquals(rowsWithStatus("UNVERIFIED"), countShownFor("UNVERIFIED"));
        browser.screenshot("02-review-queue");
        String desk = browser.window();

        // And ola watching the article in a second tab
        browser.newTab();
        browser.go("#/articles/" + suite.demoArticleId());
        signIn(ola);
        By aircraftMark = By.xpath("//a[contains(@class,'claim-mark') and normalize-space()=\"" + QUOTE + "\"]");
        assertEquals("UNVERIFIED", browser.find(aircraftMark).getDomAttribute("data-status"));
        browser.until(ExpectedConditions.attributeToBe(By.id("live-state"), "data-state", "live"));
        ((JavascriptExecutor) browser.driver()).executeScript("window.openedBeforeApproval = true;");
        browser.screenshot("03-article-view");
        String articleView = browser.window();

        // When kari takes the claim into review, adds independent evidence and proposes CONFIRMED
        browser.switchTo(desk);
        row.findElement(By.className("claim-link")).click();
        assertEquals(CLAIM_REVIEWED, browser.find(By.cssSelector("h1.page-title")).getText());
        assertEquals(CLAIMANT, browser.find(By.id("claim-claimant")).getText());
        assertEquals(QUOTE, browser.find(By.cssSelector("#claim-passage mark")).getText());
        WebElement aircraft = browser.find(By.cssSelector("#claim-quantities li[data-quantity='0']"));
        assertTrue(aircraft.getText().startsWith("nøyaktig 4 fly"), aircraft.getText());
        assertEquals("nøyaktig 3 helikoptre",
                aircraft.findElement(By.cssSelector(".sub-quantities li[data-quantity='1']")).getText());
        assertEquals(List.of("Samme påstand andre steder", "Tidligere og senere tall", "Motstridende tall"),
                browser.find(By.id("matches")).findElements(By.cssSelector("h3")).stream().map(WebElement::getText)
                        .toList());
        assertEquals(List.of("IN_REVIEW"), offeredTransitions());
        String claimUrl = browser.driver().getCurrentUrl();

        transition("IN_REVIEW", null);
        addIndependentEvidence();
        assertEquals(List.of("CONFIRMED", "PARTLY_CONFIRMED", "FALSE", "MISLEADING", "UNVERIFIABLE"),
                offeredTransitions());
        transition("CONFIRMED", RATIONALE);
        assertEquals("CONFIRMED", statusShown("claim-status"));
        assertEquals("IN_REVIEW", statusShown("claim-public-status"));
        assertEquals(RATIONALE, browser.find(By.id("verdict-rationale")).getText());
        assertTrue(browser.driver().findElements(By.id("approve")).isEmpty(), "the proposer may not approve");
        browser.screenshot("04-claim-proposed");

        // And ola, signed in at the desk, approves
        browser.find(By.id("sign-out")).click();
        signIn(ola);
        browser.driver().get(claimUrl);
        browser.find(By.id("approve")).click();
        browser.until(ExpectedConditions.attributeToBe(
                By.cssSelector("#claim-public-status .badge"), "data-status", "CONFIRMED"));
        assertTrue(browser.find(By.id("approved-by")).getText().contains("ola"));
        List<String> actors = browser.driver().findElements(By.cssSelector("#history tbody tr td:nth-child(2)"))
                .stream().map(WebElement::getText).toList();
        assertTrue(actors.containsAll(List.of("kari", "ola")), actors.toString());
        browser.screenshot("05-claim-approved");

        // Then the article view, opened before the approval, shows CONFIRMED without being reloaded
        browser.switchTo(articleView);
        browser.until(ExpectedConditions.attributeToBe(aircraftMark, "data-status", "CONFIRMED"));
        ((JavascriptExecutor) browser.driver()).executeScript(
                "arguments[0].scrollIntoView({block: 'center'});", browser.find(aircraftMark));
        assertEquals(Boolean.TRUE,
                ((JavascriptExecutor) browser.driver()).executeScript("return window.openedBeforeApproval;"));
        browser.screenshot("06-article-view-live");
    }

    @Test
    void shouldShowWhatChangedMeanwhileAndApplyTheEditAgainOnTheCurrentVersion() {
        // Given editor erik looking at the Arestovitsj claim
        String id = claimIdOf("Oleksij Arestovitsj");
        browser.go("#/claims/" + id);
        signIn(suite.token("erik", "editor"));
        assertEquals("Sky News", browser.find(By.id("claim-source")).getText());
        assertTrue(browser.driver().findElements(By.id("transition-form")).isEmpty(), "only verifiers move claims");

        // When someone else sets a re-check date before erik assigns the claim to himself
        String etag = api(kari).get("/api/v1/claims/" + id).then().statusCode(200).extract().header("ETag");
        api(suite.token("admin", "admin")).header("If-Match", etag).contentType("application/merge-patch+json")
                .body(Map.of("recheckBy", "2031-03-16T08:00:00Z"))
                .patch("/api/v1/claims/" + id).then().statusCode(200);
        browser.find(By.id("assign-to-me")).click();

        // Then the editor sees which field changed, and retrying applies the assignment to the current version
        WebElement changed = browser.find(By.cssSelector("#conflict tr[data-field='recheckBy']"));
        assertTrue(changed.getText().contains("2031-03-16T08:00:00Z"), changed.getText());
        browser.screenshot("07-claim-conflict");
        browser.find(By.id("conflict-retry")).click();
        browser.until(ExpectedConditions.textToBePresentInElementLocated(By.id("claim-assignee"), "erik"));
        assertTrue(browser.driver().findElements(By.id("conflict")).isEmpty(), "the conflict is resolved");
    }

    @Test
    void shouldShowClaimCandidatesFoundInTheArticleBeforeSavingAnything() {
        // Given editor erik reading the article in English
        awaitExtractionWarm();
        browser.go("#/articles/" + suite.demoArticleId());
        signIn(suite.token("erik", "editor"));
        chooseLanguage("en");
        try {
            browser.until(ExpectedConditions.attributeContains(
                    By.cssSelector(".article-header .eyebrow"), "textContent", "Article · Published"));
            String articleText = browser.find(By.id("article-body")).getText();

            // When he asks for claim candidates
            WebElement extract = browser.find(By.id("extract-claims"));
            assertEquals("Extract claims", extract.getText());
            extract.click();

            // Then he sees sentences of the article as candidates, with a button to save them
            List<WebElement> candidates = browser.until(ExpectedConditions.numberOfElementsToBeMoreThan(
                    By.cssSelector("#candidates .candidate-sentence"), 0));
            candidates.forEach(candidate -> assertTrue(articleText.contains(candidate.getText()), candidate.getText()));
            assertEquals("Save as unverified claims", browser.find(By.id("save-candidates")).getText());
            browser.screenshot("08-extraction-candidates");
        } finally {
            chooseLanguage("nb");
        }
    }

    /** The first extraction of a cold claims-service can exceed the gateway's timeout and be answered 503. */
    private static void awaitExtractionWarm() {
        Map<String, String> sample = Map.of("text", "Ukrainske myndigheter hevder at de har skutt ned fire fly.",
                "language", "nb");
        for (int attempt = 0; attempt < 30; attempt++) {
            int status = api(suite.token("erik", "editor")).contentType("application/json").body(sample)
                    .post("/api/v1/extractions").statusCode();
            if (status == 200) {
                return;
            }
            RunningSuite.sleep(Duration.ofSeconds(2));
        }
        throw new IllegalStateException("extraction never answered 200 through the gateway");
    }


    /** The choice is kept in localStorage, which every tab of the browser shares. */
    private static void chooseLanguage(String code) {
        new Select(browser.find(By.id("language"))).selectByValue(code);
    }

    private static void signIn(String token) {
        WebElement field = browser.find(By.id("token"));
        field.clear();
        field.sendKeys(token);
        browser.find(By.id("sign-in")).click();
        browser.find(By.id("sign-out"));
    }

    private static void filterQueueByArticle(String title) {
        By articles = By.id("articleId");
        browser.until(driver -> new Select(driver.findElement(articles)).getOptions().size() > 1);
        new Select(browser.find(articles)).selectByVisibleText(title);
        WebElement unfiltered = browser.find(By.cssSelector(".claims-table"));
        browser.find(By.cssSelector("form.filters button[type='submit']")).click();
        browser.until(ExpectedConditions.stalenessOf(unfiltered));
    }

    private static int countShownFor(String status) {
        return Integer.parseInt(browser.find(By.cssSelector("[data-status-count='" + status + "'] .count")).getText());
    }

    private static int rowsWithStatus(String status) {
        browser.find(By.cssSelector(".claims-table tbody tr"));
        return browser.driver().findElements(By.cssSelector(".claims-table tbody [data-status='" + status + "']")).size();
    }

    private static List<String> offeredTransitions() {
        return browser.driver().findElements(By.cssSelector("#transition-form input[name='to']")).stream()
                .map(radio -> radio.getDomAttribute("value")).toList();
    }

    private static String statusShown(String id) {
        return browser.find(By.cssSelector("#" + id + " .badge")).getDomAttribute("data-status");
    }

    private static void transition(String to, String rationale) {
        browser.find(By.id("to-" + to)).click();
        if (rationale != null) {
            browser.find(By.id("transition-text")).sendKeys(rationale);
        }
        browser.find(By.id("submit-transition")).click();
        browser.until(ExpectedConditions.attributeToBe(By.cssSelector("#claim-status .badge"), "data-status", to));
    }

    private static void addIndependentEvidence() {
        new Select(browser.find(By.id("evidence-type"))).selectByValue("INDEPENDENT_REPORT");
        browser.find(By.id("evidence-url")).sendKeys("https://example.org/kyiv/wreckage");
        browser.find(By.id("evidence-description")).sendKeys(EVIDENCE);
        browser.find(By.id("evidence-independent")).click();
        browser.find(By.id("add-evidence")).click();
        WebElement item = browser.find(By.cssSelector("#evidence-list .evidence-item"));
        assertTrue(item.getText().contains(EVIDENCE), item.getText());
        assertTrue(item.findElement(By.className("tag-positive")).isDisplayed(), "marked independent");
    }

    private static String claimIdOf(String claimant) {
        return api(kari).queryParam("articleId", suite.demoArticleId()).queryParam("claimant", claimant)
                .get("/api/v1/claims").then().statusCode(200).extract().jsonPath().getString("items[0].id");
    }

    /** Other end-to-end tests read the demo data as seeded, so the claim goes back to UNVERIFIED with a reason. */
    private static void reopenAircraftClaim() {
        Map<String, Object> claim = api(kari).queryParam("articleId", suite.demoArticleId())
                .queryParam("claimant", CLAIMANT)
                .get("/api/v1/claims").then().statusCode(200).extract().jsonPath().getMap("items[0]");
        String id = (String) claim.get("id");
        if ("IN_REVIEW".equals(claim.get("status"))) {
            moveClaim(id, Map.of("to", "UNVERIFIABLE", "rationale", "The editor browser test stopped half-way"));
        }
        if (!"UNVERIFIED".equals(claim.get("status"))) {
            moveClaim(id, Map.of("to", "UNVERIFIED", "reason", "Reset after the editor browser test"));
        }
    }

    private static void moveClaim(String id, Map<String, String> transition) {
        String etag = api(kari).get("/api/v1/claims/" + id).then().statusCode(200).extract().header("ETag");
        api(kari).header("If-Match", etag).contentType("application/json").body(transition)
                .post("/api/v1/claims/" + id + "/transitions").then().statusCode(200);
    }

    private static RequestSpecification api(String token) {
        return given().baseUri(suite.url(Service.GATEWAY).toString()).auth().oauth2(token);
    }
}
