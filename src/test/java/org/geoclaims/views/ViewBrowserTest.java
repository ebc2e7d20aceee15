package org.geoclaims.views;

import static org.geoclaims.views.ViewTesting.DOC;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import org.geoclaims.server.RunningServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The views in a real browser: Debian's headless Chromium, driven by ChromeDriver, against a
 * server on a free loopback port over the repository's data. Each test looks at what a reader
 * sees and does (click, hover, keyboard, filters), checks that no script failed, and saves a
 * screenshot under {@code target/screenshots/}. Without Chromium (install it with
 * {@code .ci/install-browser}) the tests are skipped.
 */
class ViewBrowserTest {
    static final Path CHROMIUM = Path.of(System.getProperty("geoclaims.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("geoclaims.chromedriver", "/usr/bin/chromedriver"));
    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    static final int WIDTH = 1400;

    @TempDir static Path profile;
    static RunningServer server;
    static String base;
    static ChromeDriver driver;

    static boolean browserInstalled() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    }

    @BeforeAll
    static void start() throws IOException {
        if (!browserInstalled()) return;
        Files.createDirectories(SCREENSHOTS);
        server = ViewTesting.bundledServer();
        base = server.baseUrl();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--user-data-dir=" + profile.toAbsolutePath(),
                "--window-size=" + WIDTH + ",1000");
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
    }

    /** Each test is skipped, and says why, without a browser. */
    @BeforeEach
    void needsTheBrowser() {
        Assumptions.assumeTrue(browserInstalled(), "Chromium is not installed (" + CHROMIUM + ", " + CHROMEDRIVER
                + "): run .ci/install-browser (apt-get install chromium chromium-driver) to run the browser tests");
    }

    @AfterAll
    static void stop() {
        if (driver != null) driver.quit();
        if (server != null) server.close();
    }

    static void open(String path) {
        driver.get(base + path);
    }

    static <T> T waitFor(Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, Duration.ofSeconds(20)).until(condition);
    }

    static List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    static WebElement one(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    /** Saves the whole page, beyond the window, as target/screenshots/<name>.png (Chrome DevTools' own capture). */
    @SuppressWarnings("unchecked")
    static void screenshot(String name) {
        ((JavascriptExecutor) driver).executeScript("window.scrollTo(0, 0)");
        Map<String, Object> size = (Map<String, Object>) driver.executeCdpCommand("Page.getLayoutMetrics", Map.of()).get("cssContentSize");
        double w = ((Number) size.get("width")).doubleValue(), h = Math.min(8000, ((Number) size.get("height")).doubleValue());
        Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png",
                "captureBeyondViewport", true, "clip", Map.of("x", 0, "y", 0, "width", w, "height", h, "scale", 1)));
        save(name, Base64.getDecoder().decode((String) shot.get("data")));
    }

    /** Saves what the window shows now (1400 × 1000) as target/screenshots/<name>.png. */
    static void windowScreenshot(String name) {
        save(name, driver.getScreenshotAs(OutputType.BYTES));
    }

    static void save(String name, byte[] png) {
        try {
            Files.write(SCREENSHOTS.resolve(name + ".png"), png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Errors logged in the browser's console since the last call (a failing script, a failed request). */
    static List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue())
                .map(LogEntry::getMessage).filter(m -> !m.contains("favicon.ico")).toList();
    }

    static void assertNoScriptErrors() {
        assertEquals(List.of(), consoleErrors(), "console errors");
    }

    @Test
    void landingPageAndItsNavigation() {
        open("/api/");
        ((JavascriptExecutor) driver).executeScript("console.error('probe: the console is read')");
        assertTrue(consoleErrors().stream().anyMatch(m -> m.contains("probe: the console is read")), "console errors are seen");
        assertTrue(driver.getTitle().endsWith("geoclaims"), driver.getTitle());
        windowScreenshot("api-landing");
        one("header.site nav a[href='/views/network']").click();
        waitFor(d -> d.getCurrentUrl().endsWith("/views/network"));
        assertEquals("Network · geoclaims", driver.getTitle());
        waitFor(d -> "true".equals(one("#network").getDomAttribute("data-ready")));
        assertNoScriptErrors();
    }

    @Test
    void resourcePage() {
        open("/page/id/pakistan");
        assertEquals("Pakistan", one("main h1").getText());
        assertFalse(all("table.statements a").isEmpty(), "the statements Pakistan takes part in");
        windowScreenshot("resource-page-pakistan");
        assertNoScriptErrors();
    }

    @Test
    void networkDrawsActorsAndRelationsAndANodeLeadsToItsPage() {
        open("/views/network");
        waitFor(d -> "true".equals(one("#network").getDomAttribute("data-ready")));
        assertTrue(all("#network a.node").size() >= 20, "nodes: " + all("#network a.node").size());
        assertTrue(all("#network path.edge").size() >= 40, "edges: " + all("#network path.edge").size());
        Set<String> kinds = new TreeSet<>();
        for (WebElement e : all("#network path.edge")) kinds.add(e.getDomAttribute("data-kind"));
        assertEquals(Set.of("affiliation", "agreement", "claim", "cooperation", "denial", "no-relations", "non-recognition",
                "recognition", "relations", "support"), kinds);
        assertEquals(10, all("#network-edge-legend input[type=checkbox]").size(), "a legend entry per kind");
        assertTrue(one("#network-status").getText().contains("read from /kg/sparql"), one("#network-status").getText());
        screenshot("network");

        // An edge, reached with the keyboard, lists its statements.
        WebElement recognition = one("#network path.edge[data-kind='recognition'][data-from='id/pakistan'][data-to='id/azerbaijan']");
        ((JavascriptExecutor) driver).executeScript("arguments[0].focus()", recognition);
        new Actions(driver).sendKeys(Keys.ENTER).perform();
        WebElement statement = waitFor(d -> one("#edge-panel .panel-body a"));
        assertEquals("Pakistan's recognition of Azerbaijan (1991)", statement.getText());
        assertEquals(base + "/page/id/recognition-pakistan-azerbaijan", statement.getDomProperty("href"));

        // The legend hides a kind of edge.
        one("#network-edge-legend input[value='claim']").click();
        assertTrue(all("#network path.edge[data-kind='claim']").stream().noneMatch(WebElement::isDisplayed));
        assertTrue(one("#network path.edge[data-kind='support']").isDisplayed());
        assertNoScriptErrors();

        // A node is a link to the resource's page.
        one("#network a.node[data-id='id/pakistan'] circle").click();
        waitFor(d -> d.getCurrentUrl().endsWith("/page/id/pakistan"));
        assertEquals("Pakistan", one("main h1").getText());
    }

    @Test
    void timelinePlacesItemsOnTheAxisAndFilters() {
        open("/views/timeline");
        waitFor(d -> "true".equals(one("#timeline").getDomAttribute("data-ready")));
        for (int year : new int[] { 1991, 2002, 2013, 2020, 2023 })
            assertFalse(all("#timeline a.item[data-from-year='" + year + "']").isEmpty(), "an item in " + year);
        assertEquals("agreement", one("#timeline a.item[data-id='id/agreement-on-defence-and-military-cooperation-2002']").getDomAttribute("data-kind"));
        assertEquals("month", one("#timeline a.item[data-id='id/aman-2013']").getDomAttribute("data-precision"));
        WebElement breakaway = one("#timeline a.item[data-id='id/nagorno-karabakh-breakaway']");
        assertEquals("span", breakaway.getDomAttribute("data-precision"), "the early 1990s, drawn as a range");
        assertEquals("1999", breakaway.getDomAttribute("data-to-year"));
        assertFalse(breakaway.findElements(By.cssSelector("rect.approximate")).isEmpty(), "hatched: approximate");
        assertFalse(all("#timeline-undated li").isEmpty(), "items dated only in words are listed under the axis");
        int everything = all("#timeline a.item").size();
        screenshot("timeline");

        // Filter by state, then hide a kind: the URL keeps the filters.
        new Select(one("#timeline-state")).selectByVisibleText("Armenia");
        List<WebElement> armenian = waitFor(d -> all("#timeline a.item").size() < everything ? all("#timeline a.item") : null);
        for (WebElement item : armenian)
            assertTrue(item.getDomAttribute("data-states").contains("id/armenia"), item.getDomAttribute("data-id"));
        assertFalse(all("#timeline a.item[data-kind='claim']").isEmpty());
        one("#timeline-legend input[value='claim']").click();
        assertTrue(all("#timeline a.item[data-kind='claim']").isEmpty());
        assertTrue(driver.getCurrentUrl().endsWith("/views/timeline?state=id%2Farmenia&hide=claim"), driver.getCurrentUrl());
        assertTrue(one("#timeline-status").getText().contains("involving Armenia"));
        screenshot("timeline-armenia-without-claims");
        assertNoScriptErrors();

        // An item is a link to its page.
        open("/views/timeline");
        waitFor(d -> "true".equals(one("#timeline").getDomAttribute("data-ready")));
        one("#timeline a.item[data-id='id/agreement-on-defence-and-military-cooperation-2002'] rect.bar").click();
        waitFor(d -> d.getCurrentUrl().endsWith("/page/id/agreement-on-defence-and-military-cooperation-2002"));
    }

    @Test
    void sourceViewShowsTheStatementsOfAHighlightedSentence() {
        open("/views/sources/" + DOC);
        WebElement sentence = all("article .sentence.supports").stream()
                .filter(e -> e.getText().startsWith("Pakistan was the second country to recognize")).findFirst().orElseThrow();
        assertTrue(sentence.getDomAttribute("id").startsWith("sentence-"));
        WebElement plain = all("article .sentence:not(.supports)").get(0);
        assertEquals("rgba(0, 0, 0, 0)", plain.getCssValue("background-color"), "a sentence that is evidence for nothing");
        assertTrue(sentence.getCssValue("background-color").matches("rgba\\(255, 2\\d\\d, 1\\d\\d, 1\\)"),
                "highlighted in yellow: " + sentence.getCssValue("background-color"));

        // Hovering shows the statements; moving away clears the panel.
        new Actions(driver).moveToElement(sentence).perform();
        List<String> shown = waitFor(d -> texts("#statement-panel .panel-body a.statement"));
        assertTrue(shown.contains("Pakistan's recognition of Azerbaijan (1991)"), shown.toString());
        new Actions(driver).moveToElement(one("header.site")).perform();
        waitFor(d -> all("#statement-panel .panel-body a.statement").isEmpty());

        // Clicking keeps them, and names the sentence in the URL.
        sentence.click();
        new Actions(driver).moveToElement(one("header.site")).perform();
        assertTrue(texts("#statement-panel .panel-body a.statement").contains("Pakistan's recognition of Azerbaijan (1991)"));
        assertTrue(driver.getCurrentUrl().endsWith("#" + sentence.getDomAttribute("id")));
        assertTrue(sentence.getDomAttribute("class").contains("pinned"));
        windowScreenshot("source-view");
        assertNoScriptErrors();
    }

    @Test
    void aStatementPageLeadsToItsHighlightedSentence() {
        open("/page/id/recognition-pakistan-azerbaijan");
        WebElement source = one("blockquote.evidence a.source");
        String anchor = source.getDomAttribute("href").replaceAll(".*#", "");
        source.click();
        waitFor(d -> d.getCurrentUrl().contains("/views/sources/" + DOC + "#" + anchor));
        WebElement sentence = waitFor(d -> {
            WebElement s = one("#" + anchor);
            return s.getDomAttribute("class").contains("pinned") ? s : null;
        });
        assertTrue(sentence.getDomAttribute("class").contains("supports"));
        assertTrue(texts("#statement-panel .panel-body a.statement").contains("Pakistan's recognition of Azerbaijan (1991)"));
        windowScreenshot("source-view-from-statement");
        screenshot("source-view-whole-page");
        assertNoScriptErrors();
    }

    static List<String> texts(String css) {
        List<String> t = all(css).stream().map(WebElement::getText).toList();
        return t.isEmpty() ? null : t;
    }
}
