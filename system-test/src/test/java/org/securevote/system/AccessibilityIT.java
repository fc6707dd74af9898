package org.securevote.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * WCAG 2.1 A and AA as axe-core checks them (npm, pinned in {@code src/test/axe}), on the pages of
 * every role in Chromium: each page is loaded as its user sees it and axe's violations are listed
 * by page and rule. One browser for all, signed in as each role in turn.
 */
class AccessibilityIT {
  /** Takes the notice that an email change was asked for, from the setup. */
  @RegisterExtension
  static final GreenMailExtension MAIL =
      new GreenMailExtension(
              new ServerSetup(Integer.getInteger("it.smtp.port", 20025), "127.0.0.1", "smtp"))
          .withPerMethodLifecycle(false);

  private static final String PASSWORD = "accessibility-pw-1";
  private static final String TAGS = "['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']";

  private static String published;
  private static String open;
  private static String[] voter;
  private static String auditor;
  private static String trustee;
  private static String axe;
  private static WebDriver browser;
  private static WebDriverWait wait;
  private static BrowserSteps pages;
  private static final List<String> violations = new ArrayList<>();

  /** A published election with one ballot, and an open one whose roll holds the voter. */
  @BeforeAll
  static void elections() throws IOException {
    axe = Files.readString(Path.of(System.getProperty("it.axe.script")));
    WebSession admin = new WebSession();
    admin.signIn(Deployed.adminEmail(), Deployed.adminPassword());
    String[] early = TestAccounts.createVoter(PASSWORD);
    published = AdminPages.openElection(admin, List.of("Ada", "Grace"), early[0]);
    WebSession session = new WebSession();
    session.signIn(early[1], PASSWORD);
    ViewerPagesIT.cast(session, published, "Grace");
    AdminPages.act(admin, published, "close");
    TrusteePages.decrypt(published);
    AdminPages.act(admin, published, "publish");

    voter = TestAccounts.createVoter(PASSWORD);
    open = AdminPages.openElection(admin, voter[0]);
    auditor = TestAccounts.create("AUDITOR", PASSWORD);
    trustee = TestAccounts.create("TRUSTEE", PASSWORD);

    browser = Browsers.chromium();
    wait = Browsers.waitFor(browser, Duration.ofSeconds(20));
    pages = new BrowserSteps(browser, wait);
  }

  @AfterAll
  static void closeBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  void everyPageOfEveryRolePassesAxesWcag21AaChecks() {
    browser.manage().deleteAllCookies();
    check("/public/sign-in.xhtml");
    check("/public/elections.xhtml");
    check("/public/board.xhtml?election=" + published);
    check("/public/results.xhtml?election=" + published);
    check("/public/dashboard.xhtml?election=" + published);
    check("/public/dashboard.xhtml?election=" + open);
    check("/public/activate.xhtml");
    check("/public/no-such-page.xhtml");

    pages.signIn(voter[1], PASSWORD);
    check("/vote/index.xhtml");
    check("/vote/ballot.xhtml?election=" + open);
    browser.findElement(By.xpath("//label[normalize-space()='Ada']")).click();
    pages.click(By.id("ballot:review"));
    pages.reviewTracker();
    checkHere("the ballot's review");
    pages.click(By.id("confirm:cast"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("tracker")));
    checkHere("the receipt");
    check("/vote/verify.xhtml");

    pages.signIn(Deployed.adminEmail(), Deployed.adminPassword());
    for (String page :
        List.of(
            "index.xhtml",
            "elections.xhtml",
            "election.xhtml?id=" + open,
            "election.xhtml?id=" + published,
            "voters.xhtml",
            "import.xhtml",
            "staff.xhtml",
            "tokens.xhtml",
            "approvals.xhtml")) {
      check("/admin/" + page);
    }

    pages.signIn(auditor, PASSWORD);
    for (String page :
        List.of(
            "index.xhtml",
            "trail.xhtml",
            "trail.xhtml?election=" + published,
            "suspicious.xhtml",
            "approvals.xhtml")) {
      check("/audit/" + page);
    }

    pages.signIn(trustee, PASSWORD);
    check("/trustee/index.xhtml");

    assertEquals(List.of(), violations, "axe-core's WCAG 2.1 AA violations, by page");
  }

  private static void check(String path) {
    browser.get(Deployed.url(path).toString());
    wait.until(
        d ->
            "complete"
                .equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    checkHere(path);
  }

  /** Runs axe on the page as it stands; records each violated rule with its elements. */
  private static void checkHere(String page) {
    JavascriptExecutor script = (JavascriptExecutor) browser;
    script.executeScript(axe);
    Object found =
        script.executeAsyncScript(
            "const done = arguments[arguments.length - 1];"
                + " axe.run(document, {runOnly: {type: 'tag', values: "
                + TAGS
                + "}}).then(r => done(r.violations.map(v => v.id + ' (' + v.impact + '): '"
                + " + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(', '))),"
                + " e => done(['axe failed: ' + e]));");
    assertTrue(found instanceof List<?>, String.valueOf(found));
    List<?> rules = (List<?>) found;
    System.out.println("[axe] " + page + ": " + rules.size() + " rule(s) violated");
    rules.forEach(rule -> violations.add(page + ": " + rule));
  }
}
