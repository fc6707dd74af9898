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
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.interactions.Actions;
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
  private static String approval;
  private static String motion;
  private static String draftWithQuestion;
  private static String[] voter;
  private static String[] keyboardVoter;
  private static String[] listeningVoter;
  private static String auditor;
  private static String trustee;
  private static String axe;
  private static WebDriver browser;
  private static WebDriverWait wait;
  private static BrowserSteps pages;
  private final List<String> violations = new ArrayList<>();

  /**
   * A published election with one ballot, and an open one, an approval one and one with a motion
   * whose roll holds the voter; a draft with a further question for its admin page.
   */
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
    keyboardVoter = TestAccounts.createVoter(PASSWORD);
    open = AdminPages.openElection(admin, voter[0], keyboardVoter[0]);
    approval = AdminPages.openApproval(admin, 1, 2, voter[0]);
    listeningVoter = TestAccounts.createVoter(PASSWORD);
    motion = AdminPages.openWithMotion(admin, voter[0], listeningVoter[0]);
    draftWithQuestion = AdminPages.draftElection(admin);
    AdminPages.addQuestion(admin, draftWithQuestion, "Committee", 0, 2, "Edsger", "Barbara");
    // An invitation, so the election page shows its mailings table too.
    String page = admin.get("/admin/election.xhtml?id=" + open).body();
    admin.submit(page, "mail", java.util.Map.of("mail:invite", "Invite all not yet activated"));
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

  /** The check can fail: an image without a text alternative and an unlabelled field are found. */
  @Test
  void axeFindsWhatAPageGetsWrong() {
    browser.manage().deleteAllCookies();
    check("/public/sign-in.xhtml");
    ((JavascriptExecutor) browser)
        .executeScript(
            "document.querySelector('main').insertAdjacentHTML('beforeend',"
                + " '<img src=\"data:,\"><input type=\"text\" id=\"unlabelled\">');");
    List<String> found = axe("the sign-in page, spoilt");
    assertTrue(found.stream().anyMatch(v -> v.startsWith("image-alt ")), found.toString());
    assertTrue(found.stream().anyMatch(v -> v.startsWith("label ")), found.toString());
  }

  /**
   * The whole ballot with the keyboard alone: an error brings the focus to the choices, an arrow
   * key chooses, Tab and Enter review and cast; the focused control shows where the focus is.
   */
  @Test
  void aVoterCastsWithTheKeyboardAlone() {
    pages.signIn(keyboardVoter[1], PASSWORD);
    browser.get(Deployed.url("/vote/ballot.xhtml?election=" + open).toString());
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("ballot:choice")));

    // Review with nothing chosen: the page comes back with the focus on the choices, which are
    // marked invalid and described by the error, as a screen reader then announces them.
    tabTo("the review button", "#ballot\\:review");
    new Actions(browser).sendKeys(Keys.ENTER).perform();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".field-error")));
    assertEquals("radio", focused("return a.type"));
    assertEquals("true", focused("return a.getAttribute('aria-invalid')"));
    assertEquals(
        "Choose one candidate.",
        focused("return document.getElementById(a.getAttribute('aria-describedby')).textContent"));

    new Actions(browser).sendKeys(Keys.ARROW_DOWN).perform();
    assertEquals(
        "Grace",
        focused("return document.querySelector(`label[for='${a.id}']`).textContent.trim()"));
    tabTo("the review button", "#ballot\\:review");
    assertTrue(
        !"none".equals(focused("return getComputedStyle(a).outlineStyle")),
        "the focused button shows its focus");
    new Actions(browser).sendKeys(Keys.ENTER).perform();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("chosen"), "Grace"));
    pages.reviewTracker();

    tabTo("the cast button", "#confirm\\:cast");
    new Actions(browser).sendKeys(Keys.ENTER).perform();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("tracker")));
  }

  /**
   * What a screen reader is given, read from Chromium's accessibility tree (the tree NVDA, JAWS and
   * VoiceOver read through the platform's API): every choice is a radio button named by its
   * candidate or answer, inside a group named by its question and instruction; a refused ballot
   * marks the choices invalid and gives them the error as their description. In French too.
   */
  @Test
  void aScreenReaderIsGivenEachChoiceWithItsQuestionAndTheError() {
    pages.signIn(listeningVoter[1], PASSWORD);
    browser.get(Deployed.url("/vote/ballot.xhtml?election=" + motion + "&lang=en").toString());
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("ballot:review")));
    List<Map<String, Object>> tree = accessibilityTree();
    assertEquals(List.of("Ada", "Grace", "Yes", "No", "Abstain"), names(tree, "radio"));
    assertEquals(
        List.of("Choose one candidate.", "Adopt the new statutes? Choose one answer."),
        names(tree, "group"));

    pages.click(By.id("ballot:review")); // nothing chosen
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".field-error")));
    tree = accessibilityTree();
    List<Map<String, Object>> candidates = nodes(tree, "radio").subList(0, 2);
    for (Map<String, Object> radio : candidates) {
      assertEquals("true", property(radio, "invalid"), radio.toString());
      assertEquals("Choose one candidate.", value(radio, "description"), radio.toString());
    }
    assertTrue(
        nodes(tree, "alert").size() >= 1, "the page's messages are an alert region: " + tree);

    browser.get(Deployed.url("/vote/ballot.xhtml?election=" + motion + "&lang=fr").toString());
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("ballot:review")));
    assertEquals(
        List.of("Choisissez un candidat.", "Adopt the new statutes? Choisissez une réponse."),
        names(accessibilityTree(), "group"));
    browser.get(Deployed.url("/vote/ballot.xhtml?election=" + motion + "&lang=en").toString());
  }

  /** The page's accessibility tree as Chromium computes it, without the ignored nodes. */
  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> accessibilityTree() {
    Map<String, Object> tree =
        ((org.openqa.selenium.chromium.ChromiumDriver) browser)
            .executeCdpCommand("Accessibility.getFullAXTree", Map.of());
    return ((List<Map<String, Object>>) tree.get("nodes"))
        .stream().filter(n -> !Boolean.TRUE.equals(n.get("ignored"))).toList();
  }

  private static List<Map<String, Object>> nodes(List<Map<String, Object>> tree, String role) {
    return tree.stream().filter(n -> role.equals(value(n, "role"))).toList();
  }

  private static List<String> names(List<Map<String, Object>> tree, String role) {
    return nodes(tree, role).stream().map(n -> value(n, "name").strip()).toList();
  }

  /** A node's field given as an AXValue, such as its role, name or description. */
  @SuppressWarnings("unchecked")
  private static String value(Map<String, Object> node, String field) {
    Object v = node.get(field);
    return v instanceof Map<?, ?> m ? String.valueOf(((Map<String, Object>) m).get("value")) : "";
  }

  /** One of a node's properties (invalid, checked, ...), or "" when it has none. */
  @SuppressWarnings("unchecked")
  private static String property(Map<String, Object> node, String name) {
    for (Map<String, Object> p :
        (List<Map<String, Object>>) node.getOrDefault("properties", List.of())) {
      if (name.equals(p.get("name"))) {
        return value(p, "value");
      }
    }
    return "";
  }

  /** Presses Tab until the focus is on an element matching the selector (at most 40 times). */
  private static void tabTo(String what, String selector) {
    for (int i = 0; i < 40; i++) {
      new Actions(browser).sendKeys(Keys.TAB).perform();
      Object there =
          ((JavascriptExecutor) browser)
              .executeScript("return document.activeElement.matches(arguments[0]);", selector);
      if (Boolean.TRUE.equals(there)) {
        return;
      }
    }
    throw new AssertionError("Tab never reached " + what);
  }

  /** A script's answer about the focused element, {@code a} in the script. */
  private static String focused(String script) {
    return String.valueOf(
        ((JavascriptExecutor) browser)
            .executeScript("const a = document.activeElement; " + script));
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
    check("/vote/ballot.xhtml?election=" + approval);
    for (String name : List.of("Ada", "Grace", "Edsger")) {
      browser.findElement(By.xpath("//label[normalize-space()='" + name + "']")).click();
    }
    pages.click(By.id("ballot:review"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("messages")));
    checkHere("the approval ballot with too many chosen");
    browser.findElement(By.xpath("//label[normalize-space()='Edsger']")).click();
    pages.click(By.id("ballot:review"));
    pages.reviewTracker();
    checkHere("the approval ballot's review");
    check("/vote/ballot.xhtml?election=" + motion);
    browser.findElement(By.xpath("//label[normalize-space()='Grace']")).click();
    pages.click(By.id("ballot:review"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("messages")));
    checkHere("the ballot of two questions with the motion unanswered");
    browser.findElement(By.xpath("//label[normalize-space()='Abstain']")).click();
    pages.click(By.id("ballot:review"));
    pages.reviewTracker();
    checkHere("the review of a ballot of two questions");

    pages.signIn(Deployed.adminEmail(), Deployed.adminPassword());
    for (String page :
        List.of(
            "index.xhtml",
            "elections.xhtml",
            "election.xhtml?id=" + open,
            "election.xhtml?id=" + published,
            "election.xhtml?id=" + draftWithQuestion,
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

  private void check(String path) {
    browser.get(Deployed.url(path).toString());
    wait.until(
        d ->
            "complete"
                .equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    checkHere(path);
  }

  private void checkHere(String page) {
    axe(page).forEach(rule -> violations.add(page + ": " + rule));
  }

  /** Runs axe on the page as it stands: each violated rule with its first elements. */
  private static List<String> axe(String page) {
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
    List<String> rules = ((List<?>) found).stream().map(String::valueOf).toList();
    System.out.println("[axe] " + page + ": " + rules.size() + " rule(s) violated " + rules);
    return rules;
  }
}
