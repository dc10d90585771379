package no.newsroom.e2e.editor;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Debian's headless Chromium driven through its own chromedriver, pointed at the editor web app of a running
 * gateway. Both binaries are given explicitly so Selenium never tries to download a browser or a driver.
 */
public final class EditorBrowser implements AutoCloseable {

    static final Path CHROMIUM = Path.of(System.getProperty("editor.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("editor.chromedriver", "/usr/bin/chromedriver"));

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final Path profile;
    private final ChromeDriver driver;
    private final URI gateway;

    private EditorBrowser(URI gateway) throws IOException {
        this.gateway = gateway;
        this.profile = Files.createTempDirectory("editor-chromium-");
        System.setProperty(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, CHROMEDRIVER.toString());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        ChromeOptions options = new ChromeOptions()
                .setBinary(CHROMIUM.toFile())
                .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--no-first-run", "--disable-background-networking", "--disable-component-update",
                        "--disable-sync", "--lang=nb-NO", "--user-data-dir=" + profile);
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
        this.driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(new Dimension(1440, 1400));
    }

    /**
     * Skips the calling test, with the reason, on a machine without Chromium or chromedriver; in CI (where
     * {@code .ci/run} installs both) a missing browser fails it instead.
     */
    public static void assumeInstalled() {
        if (System.getenv("CI") != null && !(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER))) {
            throw new IllegalStateException("CI must run the browser tests, but " + CHROMIUM + " or " + CHROMEDRIVER
                    + " is missing");
        }
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "Browser tests need Debian's chromium and chromium-driver (" + CHROMIUM + ", " + CHROMEDRIVER
                        + "); install them with: apt-get install chromium chromium-driver");
    }

    public static EditorBrowser open(URI gateway) {
        try {
            return new EditorBrowser(gateway);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public WebDriver driver() {
        return driver;
    }

    /** Loads the editor at a hash route such as {@code #/queue}. */
    public void go(String route) {
        driver.get(gateway.resolve("/editor/index.html" + route).toString());
    }

    String newTab() {
        String current = driver.getWindowHandle();
        driver.switchTo().newWindow(WindowType.TAB);
        return current;
    }

    void switchTo(String window) {
        driver.switchTo().window(window);
    }

    String window() {
        return driver.getWindowHandle();
    }

    public WebElement find(By by) {
        return until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    /**
     * Waits for the condition, looking again when the element it found was replaced meanwhile: the editor re-renders
     * views on live updates, so an element can go stale between being found and being read.
     */
    public <T> T until(ExpectedCondition<T> condition) {
        return new WebDriverWait(driver, WAIT).ignoring(StaleElementReferenceException.class).until(condition);
    }

    public void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path shot = driver.getScreenshotAs(OutputType.FILE).toPath();
            Files.copy(shot, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What the page logged, for the report of a failed test. */
    public String consoleLog() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(entry -> entry.getLevel() + " " + entry.getMessage())
                .collect(Collectors.joining(System.lineSeparator()));
    }

    @Override
    public void close() {
        driver.quit();
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
