package io.leadrelay.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.leadrelay.demo.DemoHistory;
import io.leadrelay.demo.HistoryWriter;
import io.leadrelay.support.PortalDataset;
import io.leadrelay.support.TestPartners;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * The portal in a real browser: Debian's headless Chromium driven by its chromedriver (nothing downloads a
 * browser). Skipped when /usr/bin/chromium or /usr/bin/chromedriver is missing. Saves the README's screenshots
 * to docs/images/.
 */
// the same configuration as SecurityHardeningTest, so both share one Spring context (and one engine)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureObservability
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PortalBrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    /** target/screenshots, so a test run leaves the repository alone; -Dleadrelay.screenshots=docs/images refreshes
     *  the README's. */
    private static final Path SCREENSHOTS = Path.of(System.getProperty("leadrelay.screenshots",
            "target/screenshots"));
    private static final List<String> MANAGER_CHARTS = List.of("chart-by-partner", "chart-by-week", "chart-by-type",
            "chart-by-region", "chart-waterfall", "chart-funnel", "chart-bottlenecks", "chart-events");

    @LocalServerPort int port;
    @Autowired TestPartners fixtures;
    @Autowired PortalDataset dataset;
    @Autowired JdbcTemplate jdbc;

    ChromeDriverService service;
    WebDriver browser;
    TestPartners.World world;
    Map<String, String> leads;

    @BeforeAll
    void worldWithHistory() throws IOException {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "headless Chromium (apt-get install chromium chromium-driver) is not installed");
        world = fixtures.world(3);
        leads = dataset.write(world, Instant.now());
        // a quarter of plausible history for the same partners, so the charts have something to show
        List<DemoHistory.PartnerSpec> specs = world.partners().stream()
                .map(p -> new DemoHistory.PartnerSpec(p.getKey(), world.region(), p.getLeadTypes(),
                        1.5 - 0.4 * world.partnerKeys().indexOf(p.getKey()),
                        0.95 - 0.08 * world.partnerKeys().indexOf(p.getKey())))
                .toList();
        new DemoHistory(new HistoryWriter(jdbc), 7L).generate(specs, Instant.now(), 90, 3.0);
        Files.createDirectories(SCREENSHOTS);
        fixtures.ensureAdmin("browseradmin"); // else the webapps open their first-run setup page, not Tasklist
    }

    /** A driver service per browser: quitting the browser stops its service. */
    @BeforeEach
    void openBrowser() {
        service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort()
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=1280,1000", "--lang=en-GB");
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
        if (service != null && service.isRunning()) {
            service.stop();
        }
    }

    private void signIn(String user) {
        browser.get("http://localhost:" + port + "/login");
        browser.findElement(By.id("username")).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys(user);
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlMatches(".*/(\\?continue)?$"));
    }

    @Test
    void partnerSeesTheOverdueLeadAndAddsANote() throws IOException {
        signIn(world.userOf(world.partnerKeys().get(0)));

        WebElement overdue = browser.findElement(By.cssSelector("#open-leads tr.overdue"));
        assertThat(overdue.getText()).contains("Company A9").contains("overdue by");
        assertThat(overdue.findElement(By.cssSelector(".countdown")).getCssValue("color"))
                .isEqualTo("rgba(198, 40, 40, 1)");
        waitForCharts(List.of("chart-figures", "chart-trend"));
        screenshot("partner-home.png");

        overdue.findElement(By.linkText("Company A9")).click();
        browser.findElement(By.id("note-text")).sendKeys("Called twice, will try again tomorrow morning.");
        browser.findElement(By.id("add-note")).click();

        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id("notes"), "Note added"));
        assertThat(browser.findElement(By.id("notes")).getText())
                .contains("Called twice, will try again tomorrow morning.");
        assertThat(browser.findElement(By.cssSelector(".timeline")).getText()).contains("note added");
    }

    /** One sign-in: the portal's link to Tasklist opens it signed in as the same user, and its logout ends both. */
    @Test
    void partnerSignedInToThePortalIsSignedInToTasklist() {
        String user = world.userOf(world.partnerKeys().get(0));
        signIn(user);

        browser.findElement(By.linkText("Tasklist")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("/camunda/app/tasklist/"));
        assertThat(camundaUser()).isEqualTo(user);

        // Tasklist's logout, as its button sends it (with the webapps' CSRF token): the portal's session ends too
        Object logout = ((JavascriptExecutor) browser).executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "var token = (document.cookie.match(/XSRF-TOKEN=([^;]+)/) || [])[1];"
                + "fetch('/camunda/api/admin/auth/user/default/logout', {method: 'POST',"
                + " headers: {'X-XSRF-TOKEN': token}}).then(function (r) { done(r.status); });");
        assertThat(logout).isEqualTo(200L);
        browser.get("http://localhost:" + port + "/");
        assertThat(browser.getCurrentUrl()).endsWith("/login");

        // and a failed sign-in is told so on our own sign-in page (an unknown user: a real one's wrong password
        // would make Camunda hold back that user's next sign-in for a few seconds)
        browser.findElement(By.id("username")).sendKeys("no-such-user");
        browser.findElement(By.id("password")).sendKeys("no-such-password");
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        WebElement failed = new WebDriverWait(browser, Duration.ofSeconds(15))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("sign-in-failed")));
        assertThat(failed.getText()).isEqualTo("Wrong user name or password.");
        assertThat(browser.getTitle()).isEqualTo("Sign in · LeadRelay");
    }

    /** Who the webapps' session says is signed in, asked from the page as Tasklist asks it. */
    private String camundaUser() {
        Object answer = ((JavascriptExecutor) browser).executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "fetch('/camunda/api/admin/auth/user/default').then(function (r) { return r.ok ? r.json() : {}; })"
                + ".then(function (auth) { done(auth.userId || 'nobody'); });");
        return String.valueOf(answer);
    }

    @Test
    void partnerHomeFitsAPhone() throws IOException {
        signIn(world.userOf(world.partnerKeys().get(0)));
        browser.manage().window().setSize(new Dimension(390, 844));
        waitForCharts(List.of("chart-figures", "chart-trend"));
        Long overflow = (Long) ((JavascriptExecutor) browser).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertThat(overflow).as("horizontal overflow, widest: %s", ((JavascriptExecutor) browser).executeScript(
                "var w = null; document.querySelectorAll('body *').forEach(function (e) {"
                        + " if (e.getBoundingClientRect().right > document.documentElement.clientWidth + 1 && !w)"
                        + " { w = e.tagName + '.' + e.className; } }); return w;")).isLessThanOrEqualTo(0L);
        screenshot("partner-home-phone.png");
        assertThat(browser.findElement(By.cssSelector("#open-leads tr.overdue")).isDisplayed()).isTrue();
    }

    @Test
    void managerSeesEveryChartWithData() throws IOException {
        signIn(world.managerId());
        browser.get("http://localhost:" + port + "/dashboard?region=" + world.region());

        waitForCharts(MANAGER_CHARTS);
        for (String chart : MANAGER_CHARTS) {
            Long points = (Long) ((JavascriptExecutor) browser).executeScript(
                    "var c = Chart.getChart(arguments[0]); return c.data.datasets[0].data"
                            + ".filter(function (v) { return v !== null && v > 0; }).length;", chart);
            assertThat(points).as(chart).isPositive();
        }
        assertThat(browser.findElements(By.cssSelector("#scoreboard tbody tr"))).hasSize(3);
        browser.findElement(By.xpath("//table[@id='scoreboard']//th[text()='SLA compliance']")).click();
        screenshot("manager-dashboard.png");
    }

    private void waitForCharts(List<String> ids) {
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(driver -> ids.stream().allMatch(id ->
                Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript(
                        "return !!(window.Chart && Chart.getChart(arguments[0]));", id))));
    }

    /** The whole page: the window grows to the document's height first. */
    private void screenshot(String name) throws IOException {
        Dimension before = browser.manage().window().getSize();
        Long height = (Long) ((JavascriptExecutor) browser).executeScript(
                "return document.documentElement.scrollHeight;");
        browser.manage().window().setSize(new Dimension(before.getWidth(), (int) Math.min(height + 140, 6000)));
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SCREENSHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
        browser.manage().window().setSize(before);
    }
}
