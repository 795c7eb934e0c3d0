package org.headroom.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.headroom.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Base for whole journeys in a real browser (Debian's Chromium, headless) against the running
 * application on a random port and the embedded MariaDB.
 */
@IntegrationTest
abstract class BrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    /**
     * At every browser start Selenium looks for its DevTools binding for the installed Chromium and
     * warns that it has none. The journeys need none: they send Chromium's own commands
     * ({@code executeCdpCommand}). Set on Java's own loggers, which Selenium writes to, because a
     * Spring context started by another test sets the logging configuration anew; held here so
     * that the settings are not collected.
     */
    private static final List<java.util.logging.Logger> QUIET = List.of(
            java.util.logging.Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder"),
            java.util.logging.Logger.getLogger("org.openqa.selenium.chromium.ChromiumDriver"));

    static {
        QUIET.forEach(logger -> logger.setLevel(java.util.logging.Level.SEVERE));
    }

    @LocalServerPort
    int port;

    WebDriver driver;
    WebDriverWait wait;
    /** Where the browser saves downloads, a fresh folder per test. */
    Path downloads;

    /** The browser's own temporary files and the downloads, removed after each test. */
    private Path scratch;

    /** The browser window's size; a phone journey overrides it. */
    String windowSize() {
        return "1024,900";
    }

    @BeforeEach
    void startBrowser() {
        boolean available = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        // CI installs Chromium and must run this test; elsewhere it is skipped without a browser.
        assumeTrue(available || System.getenv("CI") != null, "Chromium and chromedriver are not installed");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--window-size=" + windowSize());
        try {
            scratch = Files.createTempDirectory("headroom-browser");
            downloads = Files.createDirectories(scratch.resolve("downloads"));
            Files.createDirectories(scratch.resolve("tmp"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        options.setExperimentalOption(
                "prefs",
                java.util.Map.of(
                        "download.default_directory", downloads.toString(), "download.prompt_for_download", false));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                // Chromium leaves a folder with its singleton socket in TMPDIR after every run.
                .withEnvironment(
                        java.util.Map.of("TMPDIR", scratch.resolve("tmp").toString()))
                .build();
        driver = new ChromeDriver(service, options);
        wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    @AfterEach
    void closeBrowser(TestInfo test) throws Exception {
        if (driver != null) {
            try {
                // A journey that never opened a page has nothing to show.
                if (driver.getCurrentUrl().startsWith("http")) {
                    Path shot = Path.of(
                            "target",
                            "journey-" + test.getTestMethod().orElseThrow().getName() + ".png");
                    Files.createDirectories(shot.getParent());
                    loadedForTheShot();
                    Files.write(shot, ((ChromeDriver) driver).getScreenshotAs(OutputType.BYTES));
                }
            } finally {
                driver.quit();
            }
        }
        if (scratch != null) {
            org.springframework.util.FileSystemUtils.deleteRecursively(scratch);
        }
    }

    private static final java.util.List<String> WCAG =
            java.util.List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    /**
     * Checks the page as it is now with axe-core: no violation tagged WCAG 2.0, 2.1 or 2.2 A or AA.
     * The development build's own tools are left out.
     */
    void axe(String step) {
        org.assertj.core.api.Assertions.assertThat(axeFindings(step))
                .as("axe on " + step)
                .isEmpty();
    }

    /** axe-core's WCAG A and AA violations on the page as it is now, one line each, named by step. */
    java.util.List<String> axeFindings(String step) {
        // Colours are judged at rest: a dialog that fades in, or a button that changes colour,
        // would otherwise be sampled half way (it happened now and then, on a fast server).
        atRest();
        com.deque.html.axecore.results.Results results = new com.deque.html.axecore.selenium.AxeBuilder()
                .withTags(WCAG)
                .exclude("copilot-main")
                .exclude("vaadin-dev-tools")
                .analyze(driver);
        java.util.List<String> found = new java.util.ArrayList<>();
        for (com.deque.html.axecore.results.Rule rule : results.getViolations()) {
            rule.getNodes()
                    .forEach(node -> found.add(step + ": " + rule.getId() + " " + node.getTarget() + ": "
                            + node.getFailureSummary().replace('\n', ' ')));
        }
        return found;
    }

    /**
     * Measures the readability of the page's visible text and writes it to
     * target/readability/[build].tsv (page, sentences, words, reading ease, grade).
     */
    Readability readability(String page) {
        String text = String.valueOf(
                ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("return document.body.innerText"));
        Readability r = Readability.of(text);
        try {
            Path dir = Path.of("target", "readability");
            Files.createDirectories(dir);
            Files.writeString(
                    dir.resolve((ProductionServer.wanted() ? "production" : "development") + ".tsv"),
                    String.format(
                            java.util.Locale.ROOT,
                            "%s\t%d\t%d\t%.0f\t%.1f%n",
                            page,
                            r.sentences(),
                            r.words(),
                            r.readingEase(),
                            r.grade()),
                    java.nio.file.StandardOpenOption.CREATE,
                    java.nio.file.StandardOpenOption.APPEND);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return r;
    }

    /** Controls on a public page smaller than 44 by 44 CSS px (links inside running text excepted). */
    @SuppressWarnings("unchecked")
    java.util.List<String> smallTargets() {
        return (java.util.List<String>)
                ((org.openqa.selenium.JavascriptExecutor) driver)
                        .executeScript(
                                """
                const fields = 'vaadin-text-field, vaadin-integer-field, vaadin-number-field, vaadin-email-field,'
                  + ' vaadin-password-field, vaadin-text-area, vaadin-date-picker, vaadin-time-picker, vaadin-select,'
                  + ' vaadin-combo-box, vaadin-multi-select-combo-box';
                const controls = [...document.querySelectorAll(
                    'vaadin-button, a[href], vaadin-checkbox, vaadin-radio-button, button, ' + fields)];
                const small = [];
                for (const e of controls) {
                  if (e.offsetParent === null || e.closest('p, li, [aria-hidden=true]')) continue;
                  if (e.localName === 'button' && e.closest(fields)) continue;
                  const box = e.matches(fields) && e.shadowRoot
                      ? (e.shadowRoot.querySelector('[part~=input-field]') || e) : e;
                  const r = box.getBoundingClientRect();
                  if (r.width > 0 && (r.height < 43.5 || r.width < 43.5)) {
                    small.push(e.localName + (e.id ? '#' + e.id : '') + ' ' + Math.round(r.width) + 'x'
                        + Math.round(r.height) + ' [' + (e.innerText || e.getAttribute('aria-label') || '').trim().slice(0, 30) + ']');
                  }
                }
                return small;""");
    }

    /** The page has loaded and Vaadin has no round trip under way (a script expression). */
    private static final String VAADIN_IDLE = "document.readyState === 'complete' && (!window.Vaadin"
            + " || !window.Vaadin.Flow || !window.Vaadin.Flow.clients"
            + " || Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive()))";

    /** Waits until the page has answered the server's last round trip and drawn its heading (if it has one). */
    void settle() {
        wait.until(d -> Boolean.TRUE.equals(
                ((org.openqa.selenium.JavascriptExecutor) d).executeScript("return " + VAADIN_IDLE + ";")));
        try {
            new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(5))
                    .until(d -> !d.findElements(By.cssSelector("h1")).isEmpty());
        } catch (org.openqa.selenium.TimeoutException none) {
            // A page without a heading is reported by the test that looks for one.
        }
    }

    /**
     * The last page of a journey is often one it has just asked for; its screenshot waits, a few
     * seconds at most, until Vaadin has drawn it, so that it shows the page and not a blank one.
     */
    private void loadedForTheShot() {
        try {
            new WebDriverWait(driver, Duration.ofSeconds(5))
                    .until(d -> Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) d)
                            .executeScript(
                                    "return " + VAADIN_IDLE + " && document.body.innerText.trim().length > 0;")));
        } catch (org.openqa.selenium.WebDriverException notYet) {
            // The screenshot is for people to look at; the test's own checks have passed or failed.
        }
    }

    /** A phone's screen, in CSS pixels (Chromium's own window cannot be made that narrow). */
    void phone(int width) {
        ((ChromeDriver) driver)
                .executeCdpCommand(
                        "Emulation.setDeviceMetricsOverride",
                        java.util.Map.of("width", width, "height", 780, "deviceScaleFactor", 2, "mobile", true));
    }

    /** Back to the window's own size. */
    void desktop() {
        ((ChromeDriver) driver).executeCdpCommand("Emulation.clearDeviceMetricsOverride", java.util.Map.of());
    }

    /** Makes the browser report the device's colour scheme ("light" or "dark") and motion preference. */
    void deviceScheme(String scheme, boolean reducedMotion) {
        ((ChromeDriver) driver)
                .executeCdpCommand(
                        "Emulation.setEmulatedMedia",
                        java.util.Map.of(
                                "features",
                                java.util.List.of(
                                        java.util.Map.of("name", "prefers-color-scheme", "value", scheme),
                                        java.util.Map.of(
                                                "name",
                                                "prefers-reduced-motion",
                                                "value",
                                                reducedMotion ? "reduce" : "no-preference"))));
    }

    /**
     * Waits until nothing on the page is animating (CSS transitions included, in shadow roots too)
     * and the colours of the labels and helpers are the same twice in a row, so that a check of the
     * colours never samples a fade half way.
     */
    void atRest() {
        String running = "const all = [];"
                + " const walk = root => root.querySelectorAll('*').forEach(e => {"
                + "   all.push(e); if (e.shadowRoot) { walk(e.shadowRoot); } });"
                + " walk(document);"
                + " return all.some(e => e.getAnimations().some(a => a.playState === 'running'"
                + "   && !(a.effect && a.effect.getTiming().iterations === Infinity)));";
        String colours = "return Array.from(document.querySelectorAll('label,[slot=helper],[slot=error-message],"
                + "vaadin-button,vaadin-dialog-overlay')).map(e => getComputedStyle(e).color"
                + " + getComputedStyle(e).backgroundColor + getComputedStyle(e).opacity).join('|')";
        org.openqa.selenium.JavascriptExecutor js = (org.openqa.selenium.JavascriptExecutor) driver;
        WebDriverWait patient = new WebDriverWait(driver, Duration.ofSeconds(10), Duration.ofMillis(150));
        patient.until(d -> Boolean.FALSE.equals(js.executeScript(running)));
        String[] last = {String.valueOf(js.executeScript(colours))};
        patient.until(d -> {
            String now = String.valueOf(js.executeScript(colours));
            boolean same = now.equals(last[0]);
            last[0] = now;
            return same;
        });
    }

    /** The page's ground colour as the browser computes it, e.g. "rgb(17, 23, 25)" in dim. */
    String ground() {
        return String.valueOf(((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript("return getComputedStyle(document.body).backgroundColor"));
    }

    /**
     * Script that finds the focused element through shadow roots ({@code a}) and every element it
     * sits in, up through the shadow hosts ({@code hosts}, the element itself first).
     */
    static final String HOSTS =
            """
            let a = document.activeElement;
            while (a && a.shadowRoot && a.shadowRoot.activeElement) a = a.shadowRoot.activeElement;
            const hosts = [];
            for (let n = a; n; n = n.parentElement || (n.getRootNode() && n.getRootNode().host) || null) hosts.push(n);
            """;

    static final String DIM_GROUND = "rgb(17, 23, 25)";
    static final String LIGHT_GROUND = "rgb(255, 255, 255)";

    long innerWidth() {
        return ((Number) ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("return window.innerWidth"))
                .longValue();
    }

    long scrollWidth() {
        return ((Number) ((org.openqa.selenium.JavascriptExecutor) driver)
                        .executeScript("return document.documentElement.scrollWidth"))
                .longValue();
    }

    /** The element's text as the page holds it, whether or not it is scrolled into view. */
    String textOf(String id) {
        return String.valueOf(((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript("const e = document.getElementById(arguments[0]); return e ? e.textContent : ''", id));
    }

    void signIn(String username, String password) {
        driver.get(url("/login"));
        WebElement user = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("input[name=username]")));
        user.sendKeys(username);
        driver.findElement(By.cssSelector("input[name=password]")).sendKeys(password, Keys.ENTER);
    }

    /** Types into the input inside a Vaadin field and leaves the field, so the value is committed. */
    void type(String fieldId, String text) {
        WebElement input =
                wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#" + fieldId + " input")));
        input.click();
        input.sendKeys(text, Keys.TAB);
    }

    /** A date is typed as the UK writes it; Enter commits it and closes the calendar. */
    void typeDate(String fieldId, String text) {
        WebElement input =
                wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#" + fieldId + " input")));
        input.click();
        input.sendKeys(text, Keys.ENTER);
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.tagName("vaadin-date-picker-overlay")));
    }

    void click(String id) {
        WebElement element = wait.until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
        ((ChromeDriver) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        try {
            wait.until(ExpectedConditions.elementToBeClickable(element)).click();
        } catch (org.openqa.selenium.ElementClickInterceptedException e) {
            // Only the development build's tool overlay sits over the page's bottom corner.
            assertThat(e.getMessage()).contains("copilot-main");
            ((ChromeDriver) driver).executeScript("arguments[0].click()", element);
        }
    }

    /** The one file the browser has finished downloading, once it is there. */
    Path downloaded(String suffix) {
        return wait.until(d -> {
            try (var files = Files.list(downloads)) {
                return files.filter(f -> f.getFileName().toString().endsWith(suffix))
                        .findFirst()
                        .orElse(null);
            } catch (java.io.IOException e) {
                return null;
            }
        });
    }

    /** The address of a page: on the in-process app, or on the production jar when this run is for it. */
    String url(String path) {
        if (ProductionServer.wanted()) {
            return ProductionServer.baseUrl() + path;
        }
        return "http://localhost:" + port + path;
    }
}
