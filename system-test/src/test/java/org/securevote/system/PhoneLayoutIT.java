package org.securevote.system;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Pages on a phone 390 px wide, in headless Chromium: the results chart's names keep a readable
 * size and the voters, accounts, approvals and audit trail tables need no sideways scrolling.
 * Screenshots go to {@code target/screenshots}. Also: the browser's own time zone reaches the
 * pages.
 */
class PhoneLayoutIT {
  /** Takes the notice that an email change was asked for, from the setup. */
  @RegisterExtension
  static final GreenMailExtension MAIL =
      new GreenMailExtension(
              new ServerSetup(Integer.getInteger("it.smtp.port", 20025), "127.0.0.1", "smtp"))
          .withPerMethodLifecycle(false);

  private static final String PASSWORD = "phone-layout-voter-pw";
  private static final List<String> NAMES =
      List.of(
          "Ada", "Grace", "Dr. Margaret Heafield Hamilton-Lovelace of the Apollo Guidance Team");
  private static String election;
  private static String[] ballotVoter;
  private static String openElection;

  private ChromeDriver browser;
  private WebDriverWait wait;

  /** A published election with a long candidate name and one ballot, set up through the pages. */
  @BeforeAll
  static void publishedElection() {
    WebSession admin = new WebSession();
    admin.signIn(Deployed.adminEmail(), Deployed.adminPassword());
    String[] voter = TestAccounts.createVoter(PASSWORD);
    election = AdminPages.openElection(admin, NAMES, voter[0]);
    WebSession session = new WebSession();
    session.signIn(voter[1], PASSWORD);
    ViewerPagesIT.cast(session, election, "Grace");
    AdminPages.act(admin, election, "close");
    TrusteePages.decrypt(election);
    AdminPages.act(admin, election, "publish");

    ballotVoter = TestAccounts.createVoter(PASSWORD);
    openElection = AdminPages.openElection(admin, NAMES, ballotVoter[0]);

    // A change waiting for approval, so the approvals pages show their table.
    String[] moving = TestAccounts.createVoter(PASSWORD);
    AdminPages.openElection(admin, moving[0]);
    String asked =
        AdminPages.editEmail(admin, moving[0], "moved-" + moving[0] + "@example.org").body();
    assertTrue(asked.contains("waits for a second staff member"), asked);
  }

  @BeforeEach
  void openPhone() {
    browser = (ChromeDriver) Browsers.chromium();
    browser.executeCdpCommand(
        "Emulation.setDeviceMetricsOverride",
        Map.of("width", 390, "height", 844, "deviceScaleFactor", 1, "mobile", true));
    wait = Browsers.waitFor(browser, Duration.ofSeconds(20));
  }

  @AfterEach
  void closeBrowser() {
    browser.quit();
  }

  @Test
  void chartNamesStayReadableOnAPhone() throws IOException {
    browser.get(Deployed.url("/public/results.xhtml?election=" + election).toString());
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("results")));
    screenshot("results-390.png");

    @SuppressWarnings("unchecked")
    List<Number> sizes =
        (List<Number>)
            ((JavascriptExecutor) browser)
                .executeScript(
                    // Every text in the chart that is a candidate's name: its font size as drawn,
                    // scaled by the SVG's view box where it is SVG text.
                    "const chart = [...document.querySelectorAll('section')]"
                        + ".find(s => s.querySelector('h2')?.textContent.includes('Votes per candidate'));"
                        + "const walk = document.createTreeWalker(chart, NodeFilter.SHOW_TEXT);"
                        + "const sizes = [];"
                        + "while (walk.nextNode()) {"
                        + "  const text = walk.currentNode; const el = text.parentElement;"
                        + "  if (!arguments[0].includes(text.textContent.trim())) continue;"
                        + "  let size = parseFloat(getComputedStyle(el).fontSize);"
                        + "  if (el instanceof SVGGraphicsElement) size *= el.getScreenCTM().a;"
                        + "  const box = el.getBoundingClientRect();"
                        + "  if (box.right > document.documentElement.clientWidth + 1) size = 0;"
                        + "  sizes.push(size);"
                        + "}"
                        + "return sizes;",
                    NAMES);
    System.out.println("PhoneLayoutIT: chart name sizes at 390 px: " + sizes);
    assertTrue(sizes.size() == NAMES.size(), "every name is in the chart: " + sizes);
    assertTrue(
        sizes.stream().allMatch(s -> s.doubleValue() >= 12),
        "names drawn at least 12 px and inside the screen: " + sizes);
    assertNoSidewaysScrolling();

    browser.executeCdpCommand(
        "Emulation.setDeviceMetricsOverride",
        Map.of("width", 1280, "height", 900, "deviceScaleFactor", 1, "mobile", false));
    browser.navigate().refresh();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("results")));
    screenshot("results-1280.png"); // for a look: the wide layout, names beside their bars
  }

  /** Each radio button stays beside its name, level with its first line, however long the name. */
  @Test
  void theBallotsChoicesStayBesideTheirRadioButtons() throws IOException {
    signIn(ballotVoter[1], PASSWORD);
    browser.get(Deployed.url("/vote/ballot.xhtml?election=" + openElection).toString());
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("ballot:choice")));
    screenshot("ballot-390.png");

    @SuppressWarnings("unchecked")
    List<String> misplaced =
        (List<String>)
            ((JavascriptExecutor) browser)
                .executeScript(
                    "return [...document.querySelectorAll('#ballot input[type=radio]')].flatMap(r => {"
                        + "  const l = [...document.querySelectorAll('#ballot label')]"
                        + "    .find(x => x.htmlFor === r.id);"
                        + "  const rb = r.getBoundingClientRect(), lb = l.getBoundingClientRect();"
                        + "  const line = parseFloat(getComputedStyle(l).lineHeight);"
                        + "  const beside = lb.left >= rb.right;"
                        + "  const level = rb.top >= lb.top && rb.bottom <= lb.top + line + 1;"
                        + "  return beside && level ? [] : [l.textContent + ' ' + JSON.stringify([rb, lb])];"
                        + "});");
    assertTrue(misplaced.isEmpty(), "radio buttons beside their first line: " + misplaced);
    assertNoSidewaysScrolling();
  }

  @Test
  void theLiveDashboardFitsAPhone() throws IOException {
    browser.get(Deployed.url("/public/dashboard.xhtml?election=" + election).toString());
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("turnoutChart")));
    screenshot("dashboard-390.png");

    assertNoSidewaysScrolling();
    assertFits("results");
    Number chartWidth =
        (Number)
            ((JavascriptExecutor) browser)
                .executeScript(
                    "return document.getElementById('turnoutChart').getBoundingClientRect().width;");
    assertTrue(chartWidth.intValue() > 200, "the turnout chart uses the screen: " + chartWidth);
  }

  @Test
  void theVotersTableFitsAPhone() throws IOException {
    signInAsAdmin();
    browser.get(Deployed.url("/admin/voters.xhtml").toString());
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("list:voters")));
    screenshot("voters-390.png");
    assertFits("list:voters");

    browser.get(Deployed.url("/admin/election.xhtml?id=" + election).toString());
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("roll:voters")));
    screenshot("election-390.png");
    assertFits("roll:voters");
  }

  @Test
  void theAdminTablesFitAPhone() throws IOException {
    signInAsAdmin();
    browser.get(Deployed.url("/admin/").toString());
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("accounts")));
    screenshot("admin-390.png");
    assertFits("accounts");

    browser.get(Deployed.url("/admin/approvals.xhtml").toString());
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("approvals:pending")));
    screenshot("approvals-390.png");
    assertFits("approvals:pending");
  }

  @Test
  void theAuditorsApprovalsTableFitsAPhone() throws IOException {
    String auditor = TestAccounts.create("AUDITOR", PASSWORD);
    signIn(auditor, PASSWORD);
    browser.get(Deployed.url("/audit/approvals.xhtml").toString());
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("approvals:pending")));
    screenshot("audit-approvals-390.png");
    assertFits("approvals:pending");
  }

  /**
   * The trail's filter form works without script (a GET form) and its table fits a phone; filtered
   * by the published election, it links to the election's record.
   */
  @Test
  void theAuditTrailFiltersAndFitsAPhone() throws IOException {
    String auditor = TestAccounts.create("AUDITOR", PASSWORD);
    signIn(auditor, PASSWORD);
    browser.get(Deployed.url("/audit/trail.xhtml").toString());
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("action")))
        .sendKeys("election.publish");
    browser.findElement(By.id("election")).sendKeys(election);
    browser.findElement(By.cssSelector("#filters button[type=submit]")).click();
    wait.until(ExpectedConditions.urlContains("action=election.publish"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("recordLink")));
    screenshot("audit-trail-390.png");

    List<String> actions =
        browser.findElements(By.cssSelector("#entries tbody tr td:nth-child(4)")).stream()
            .map(cell -> cell.getText())
            .toList();
    assertTrue(actions.equals(List.of("election.publish")), actions.toString());
    assertTrue(
        browser
            .findElement(By.id("recordLink"))
            .getAttribute("href")
            .endsWith("/api/public/elections/" + election + "/record"));
    assertFits("entries");
  }

  @Test
  void pagesUseTheBrowsersTimeZone() {
    browser.executeCdpCommand(
        "Emulation.setTimezoneOverride", Map.of("timezoneId", "America/New_York"));
    signInAsAdmin();
    browser.get(Deployed.url("/admin/elections.xhtml").toString());
    // timezone.js stores the zone in a cookie and reloads once; the server then reads it.
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("main"), "Times are in your time zone (America/New_York)"));
  }

  /** The table's right edge is inside the screen and nothing on the page scrolls sideways. */
  private void assertFits(String tableId) {
    Map<?, ?> measured =
        (Map<?, ?>)
            ((JavascriptExecutor) browser)
                .executeScript(
                    "const t = document.getElementById(arguments[0]);"
                        + "let scrolls = false;"
                        + "for (let e = t; e; e = e.parentElement)"
                        + "  if (e.scrollWidth > e.clientWidth + 1"
                        + "      && getComputedStyle(e).overflowX !== 'visible') scrolls = true;"
                        + "return {right: t.getBoundingClientRect().right,"
                        + " width: document.documentElement.clientWidth, scrolls: scrolls};",
                    tableId);
    System.out.println("PhoneLayoutIT: " + tableId + " at 390 px: " + measured);
    assertTrue(
        ((Number) measured.get("right")).doubleValue()
            <= ((Number) measured.get("width")).doubleValue(),
        tableId + " reaches beyond the screen: " + measured);
    assertFalse((Boolean) measured.get("scrolls"), tableId + " scrolls sideways: " + measured);
    assertNoSidewaysScrolling();
  }

  private void assertNoSidewaysScrolling() {
    Number overflow =
        (Number)
            ((JavascriptExecutor) browser)
                .executeScript(
                    "return document.documentElement.scrollWidth"
                        + " - document.documentElement.clientWidth;");
    assertTrue(overflow.intValue() <= 0, "the page scrolls sideways by " + overflow + " px");
  }

  private void screenshot(String name) throws IOException {
    Map<String, Object> shot =
        browser.executeCdpCommand(
            "Page.captureScreenshot", Map.of("format", "png", "captureBeyondViewport", true));
    Path file = Path.of("target", "screenshots", name);
    Files.createDirectories(file.getParent());
    Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
    System.out.println("PhoneLayoutIT: screenshot " + file.toAbsolutePath());
  }

  private void signInAsAdmin() {
    signIn(Deployed.adminEmail(), Deployed.adminPassword());
  }

  private void signIn(String email, String password) {
    browser.get(Deployed.url("/public/sign-in.xhtml").toString());
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("signIn:email")))
        .sendKeys(email);
    browser.findElement(By.id("signIn:password")).sendKeys(password);
    browser.findElement(By.id("signIn:submit")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("signedInAs")));
  }
}
