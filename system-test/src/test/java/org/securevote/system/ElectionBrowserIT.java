package org.securevote.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** An election from creation to results, through the pages, in headless Chromium. */
class ElectionBrowserIT {
  private static final String VOTER_PASSWORD = "voter-password";
  private static final DateTimeFormatter FIELD = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

  private WebDriver browser;
  private String trustee;
  private Path dir;
  private final String passphrase = "a passphrase of the trustee";
  private WebDriverWait wait;

  @BeforeEach
  void openBrowser() {
    browser = Browsers.chromium();
    wait = Browsers.waitFor(browser, Duration.ofSeconds(20));
  }

  @AfterEach
  void closeBrowser() {
    browser.quit();
  }

  @Test
  void adminRunsAnElectionTwoVotersVoteAndTheResultsCountThem() throws Exception {
    String[] alice = TestAccounts.createVoter(VOTER_PASSWORD);
    String[] bob = TestAccounts.createVoter(VOTER_PASSWORD);
    String title = "Board election " + UUID.randomUUID().toString().substring(0, 6);

    signIn(Deployed.adminEmail(), Deployed.adminPassword());
    browser.get(Deployed.url("/admin/elections.xhtml").toString());
    type(By.id("create:title"), title);
    LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
    setValue(By.id("create:opensAt"), FIELD.format(now.plusHours(1)));
    setValue(By.id("create:closesAt"), FIELD.format(now.plusHours(3)));
    click(By.id("create:submit"));

    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("addCandidate:name")));
    for (String candidate : List.of("Ada Lovelace", "Grace Hopper")) {
      type(By.id("addCandidate:name"), candidate);
      click(By.id("addCandidate:submit"));
      wait.until(
          ExpectedConditions.textToBePresentInElementLocated(By.id("candidates"), candidate));
    }
    for (String[] voter : List.of(alice, bob)) {
      type(By.id("enrol:voterRef"), voter[0]);
      click(By.id("enrol:submit"));
      wait.until(
          ExpectedConditions.textToBePresentInElementLocated(By.id("roll:voters"), voter[0]));
    }
    String electionId = browser.getCurrentUrl().replaceAll(".*id=([0-9a-f]{32}).*", "$1");
    trusteeMakesTheKey(electionId);
    signIn(Deployed.adminEmail(), Deployed.adminPassword());
    browser.get(Deployed.url("/admin/election.xhtml?id=" + electionId).toString());
    wait.until(ExpectedConditions.textToBe(By.id("ceremonyStage"), "complete"));
    lifecycle("schedule", "scheduled");
    // The address the buttons left still names the election: opening it again shows it.
    String address = browser.getCurrentUrl();
    assertTrue(address.contains("/admin/election.xhtml?id="), address);
    browser.get(address);
    wait.until(ExpectedConditions.textToBe(By.id("status"), "scheduled"));
    lifecycle("open", "open");

    vote(alice, "Ada Lovelace");
    vote(bob, "Ada Lovelace");

    signIn(Deployed.adminEmail(), Deployed.adminPassword());
    browser.get(Deployed.url("/admin/elections.xhtml").toString());
    click(By.linkText(title));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("turnout"), "2 of 2"));
    lifecycle("close", "awaiting trustees");

    trusteeDecrypts(electionId);
    signIn(Deployed.adminEmail(), Deployed.adminPassword());
    browser.get(Deployed.url("/admin/election.xhtml?id=" + electionId).toString());
    wait.until(ExpectedConditions.textToBe(By.id("status"), "closed"));
    click(By.linkText("Results"));

    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("results")));
    List<WebElement> rows = browser.findElements(By.cssSelector("#results tbody tr"));
    assertEquals("Ada Lovelace 2 100%", rows.get(0).getText());
    assertEquals("Grace Hopper 0 0%", rows.get(1).getText());
    assertTrue(
        browser.findElement(By.id("turnout")).getText().startsWith("2 ballots counted of 2"));
  }

  /**
   * The admin appoints one trustee (1 of 1), who runs the real tool (the shaded jar, in its own
   * process) and uploads, downloads and confirms in the browser.
   */
  private void trusteeMakesTheKey(String electionId) throws Exception {
    trustee = TrusteePages.newTrustee();
    type(By.id("appoint:emails"), trustee);
    type(By.id("appoint:threshold"), "1");
    TrusteePages.withMailCatcher(
        () -> {
          click(By.id("appoint:submit"));
          return wait.until(
              ExpectedConditions.textToBePresentInElementLocated(By.id("trustees"), trustee));
        });

    signIn(trustee, TrusteePages.PASSWORD);
    browser.get(Deployed.url("/trustee/").toString());
    click(By.cssSelector("#elections a")); // a new trustee holds this election's key only
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("me"), "trustee 1"));
    dir = Files.createTempDirectory("trustee");
    Path ceremony = dir.resolve("ceremony");
    Path publics = Files.createDirectories(dir.resolve("publics"));
    Path shares = Files.createDirectories(dir.resolve("shares"));
    Files.writeString(dir.resolve("CEREMONY.json"), fetch(By.id("ceremonyFile")));
    TrusteePages.ToolRun keygen =
        TrusteePages.tool(
            dir, passphrase, "keygen", "--ceremony", "CEREMONY.json", "--out", "ceremony");
    assertEquals(0, keygen.exit(), keygen.err());

    WebElement file =
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("publish:file")));
    file.sendKeys(ceremony.resolve("trustee-1.public.json").toAbsolutePath().toString());
    click(By.id("publish:submit"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("fingerprint")));
    String fingerprint = browser.findElement(By.id("fingerprint")).getText();
    for (WebElement link : browser.findElements(By.cssSelector("#publicFiles a"))) {
      Files.writeString(publics.resolve(link.getText()), fetch(link));
    }
    TrusteePages.ToolRun receive =
        TrusteePages.tool(
            dir,
            passphrase,
            "receive",
            "--key",
            "ceremony/trustee-1.key",
            "--publics",
            "publics",
            "--shares",
            "shares",
            "--fingerprint",
            fingerprint);
    assertEquals(0, receive.exit(), receive.err());
    click(By.id("confirm:submit"));
    wait.until(ExpectedConditions.textToBe(By.id("ceremonyStage"), "complete"));
    assertTrue(
        receive.out().contains(browser.findElement(By.id("publicKey")).getText()),
        "the server adopted the key the tool computed: " + receive.out());
  }

  /** A file behind a link of the page, fetched by the browser with its session. */
  /**
   * After closing, the trustee downloads BALLOTS.json from the decrypt page, runs the real tool's
   * decrypt (which checks every ballot and adds them up itself) and uploads the partial
   * decryptions.
   */
  private void trusteeDecrypts(String electionId) throws Exception {
    signIn(trustee, TrusteePages.PASSWORD);
    browser.get(Deployed.url("/trustee/decrypt.xhtml?election=" + electionId).toString());
    Files.writeString(dir.resolve("BALLOTS.json"), fetch(By.id("ballots")));
    TrusteePages.ToolRun decrypt =
        TrusteePages.tool(
            dir,
            passphrase,
            "decrypt",
            "--key",
            "ceremony/trustee-1.key",
            "--ballots",
            "BALLOTS.json",
            "--out",
            "partials.json");
    assertEquals(0, decrypt.exit(), decrypt.err());
    WebElement file = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("upload:file")));
    file.sendKeys(dir.resolve("partials.json").toAbsolutePath().toString());
    click(By.id("upload:send"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("done")));
  }

  private String fetch(By link) {
    return fetch(wait.until(ExpectedConditions.presenceOfElementLocated(link)));
  }

  private String fetch(WebElement link) {
    return (String)
        ((JavascriptExecutor) browser)
            .executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                    + " fetch(arguments[0]).then(r => r.text()).then(done);",
                link.getAttribute("href"));
  }

  private void vote(String[] voter, String candidate) {
    signIn(voter[1], VOTER_PASSWORD);
    browser.get(Deployed.url("/vote/").toString());
    click(By.linkText("Vote"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("ballot:choice")));
    browser.findElement(By.xpath("//label[normalize-space()='" + candidate + "']")).click();
    click(By.id("ballot:review"));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("chosen"), candidate));
    click(By.id("confirm:cast"));
    String tracker =
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("tracker"))).getText();
    assertTrue(tracker.matches("[0-9A-Z]{5}-[0-9A-Z]{5}-[0-9A-Z]{5}"), tracker);
    browser.get(Deployed.url("/vote/").toString());
    assertTrue(browser.findElement(By.id("elections")).getText().contains("You voted"));
  }

  private void lifecycle(String action, String status) {
    click(By.id("lifecycle:" + action));
    click(By.id("confirm:yes"));
    wait.until(ExpectedConditions.textToBe(By.id("status"), status));
  }

  private void signIn(String email, String password) {
    browser.manage().deleteAllCookies();
    browser.get(Deployed.url("/public/sign-in.xhtml").toString());
    type(By.id("signIn:email"), email);
    type(By.id("signIn:password"), password);
    click(By.id("signIn:submit"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("signedInAs")));
  }

  private void type(By field, String text) {
    WebElement element = wait.until(ExpectedConditions.visibilityOfElementLocated(field));
    element.clear();
    element.sendKeys(text);
  }

  private void setValue(By field, String value) {
    WebElement element = wait.until(ExpectedConditions.presenceOfElementLocated(field));
    ((JavascriptExecutor) browser)
        .executeScript("arguments[0].value = arguments[1];", element, value);
  }

  private void click(By target) {
    wait.until(ExpectedConditions.elementToBeClickable(target)).click();
  }
}
