package org.securevote.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
  void adminRunsAnElectionTwoVotersVoteAndTheResultsCountThem() {
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
    String draft = browser.getCurrentUrl();
    TestCeremony.complete(draft.substring(draft.indexOf("id=") + 3).replaceAll("[&#].*", ""));
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
    lifecycle("close", "closed");
    click(By.linkText("Results"));

    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("results")));
    List<WebElement> rows = browser.findElements(By.cssSelector("#results tbody tr"));
    assertEquals("Ada Lovelace 2 100%", rows.get(0).getText());
    assertEquals("Grace Hopper 0 0%", rows.get(1).getText());
    assertTrue(
        browser.findElement(By.id("turnout")).getText().startsWith("2 ballots counted of 2"));
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
