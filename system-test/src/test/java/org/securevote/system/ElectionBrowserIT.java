package org.securevote.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** An election from creation to results, through the pages, in headless Chromium. */
class ElectionBrowserIT {
  private static final String VOTER_PASSWORD = "voter-password";

  private WebDriver browser;
  private String trustee;
  private Path dir;
  private final String passphrase = "a passphrase of the trustee";
  private WebDriverWait wait;
  private BrowserSteps pages;

  @BeforeEach
  void openBrowser() {
    browser = Browsers.chromium();
    wait = Browsers.waitFor(browser, Duration.ofSeconds(20));
    pages = new BrowserSteps(browser, wait);
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

    String electionId =
        pages.draftElection(title, List.of("Ada Lovelace", "Grace Hopper"), alice[0], bob[0]);
    trusteeMakesTheKey(electionId);
    pages.signIn(Deployed.adminEmail(), Deployed.adminPassword());
    browser.get(Deployed.url("/admin/election.xhtml?id=" + electionId).toString());
    wait.until(ExpectedConditions.textToBe(By.id("ceremonyStage"), "complete"));
    pages.lifecycle("schedule", "scheduled");
    // The address the buttons left still names the election: opening it again shows it.
    String address = browser.getCurrentUrl();
    assertTrue(address.contains("/admin/election.xhtml?id="), address);
    browser.get(address);
    wait.until(ExpectedConditions.textToBe(By.id("status"), "scheduled"));
    pages.lifecycle("open", "open");

    vote(alice, "Ada Lovelace");
    vote(bob, "Ada Lovelace");

    pages.signIn(Deployed.adminEmail(), Deployed.adminPassword());
    browser.get(Deployed.url("/admin/elections.xhtml").toString());
    pages.click(By.linkText(title));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("turnout"), "2 of 2"));
    pages.lifecycle("close", "awaiting trustees");

    assertTrue(
        pages.trusteeDecrypts(trustee, electionId, dir, passphrase, "ceremony/trustee-1.key"),
        "one of one trustee decrypts the results");
    pages.signIn(Deployed.adminEmail(), Deployed.adminPassword());
    browser.get(Deployed.url("/admin/election.xhtml?id=" + electionId).toString());
    wait.until(ExpectedConditions.textToBe(By.id("status"), "closed"));
    pages.click(By.linkText("Results"));

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
    pages.type(By.id("appoint:emails"), trustee);
    pages.type(By.id("appoint:threshold"), "1");
    TrusteePages.withMailCatcher(
        () -> {
          pages.click(By.id("appoint:submit"));
          return wait.until(
              ExpectedConditions.textToBePresentInElementLocated(By.id("trustees"), trustee));
        });

    pages.signIn(trustee, TrusteePages.PASSWORD);
    browser.get(Deployed.url("/trustee/").toString());
    pages.click(By.cssSelector("#elections a")); // a new trustee holds this election's key only
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("me"), "trustee 1"));
    dir = Files.createTempDirectory("trustee");
    Path ceremony = dir.resolve("ceremony");
    Path publics = Files.createDirectories(dir.resolve("publics"));
    Path shares = Files.createDirectories(dir.resolve("shares"));
    Files.writeString(dir.resolve("CEREMONY.json"), pages.fetch(By.id("ceremonyFile")));
    TrusteePages.ToolRun keygen =
        TrusteePages.tool(
            dir, passphrase, "keygen", "--ceremony", "CEREMONY.json", "--out", "ceremony");
    assertEquals(0, keygen.exit(), keygen.err());

    WebElement file =
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("publish:file")));
    file.sendKeys(ceremony.resolve("trustee-1.public.json").toAbsolutePath().toString());
    pages.click(By.id("publish:submit"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("fingerprint")));
    String fingerprint = browser.findElement(By.id("fingerprint")).getText();
    for (WebElement link : browser.findElements(By.cssSelector("#publicFiles a"))) {
      Files.writeString(publics.resolve(link.getText()), pages.fetch(link));
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
    pages.click(By.id("confirm:submit"));
    wait.until(ExpectedConditions.textToBe(By.id("ceremonyStage"), "complete"));
    assertTrue(
        receive.out().contains(browser.findElement(By.id("publicKey")).getText()),
        "the server adopted the key the tool computed: " + receive.out());
  }

  private void vote(String[] voter, String candidate) {
    pages.signIn(voter[1], VOTER_PASSWORD);
    browser.get(Deployed.url("/vote/").toString());
    pages.click(By.linkText("Vote"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("ballot:choice")));
    browser.findElement(By.xpath("//label[normalize-space()='" + candidate + "']")).click();
    pages.click(By.id("ballot:review"));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("chosen"), candidate));
    pages.click(By.id("confirm:cast"));
    String tracker =
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("tracker"))).getText();
    assertTrue(tracker.matches("[0-9A-Z]{5}-[0-9A-Z]{5}-[0-9A-Z]{5}"), tracker);
    browser.get(Deployed.url("/vote/").toString());
    assertTrue(browser.findElement(By.id("elections")).getText().contains("You voted"));
  }
}
