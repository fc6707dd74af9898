package org.securevote.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.securevote.tools.format.JsonFiles;

/**
 * What people do on the pages in one headless Chromium, shared by the browser tests: sign in, fill
 * and press, the admin's lifecycle buttons, a voter's review of the browser-encrypted ballot, a
 * trustee's decryption with the real tool, and files fetched or downloaded as the browser gets
 * them.
 */
final class BrowserSteps {
  private static final DateTimeFormatter FIELD = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

  private final WebDriver browser;
  private final WebDriverWait wait;

  BrowserSteps(WebDriver browser, WebDriverWait wait) {
    this.browser = browser;
    this.wait = wait;
  }

  /** Signs in afresh (the previous person's cookies gone). */
  void signIn(String email, String password) {
    browser.manage().deleteAllCookies();
    browser.get(Deployed.url("/public/sign-in.xhtml").toString());
    type(By.id("signIn:email"), email);
    type(By.id("signIn:password"), password);
    click(By.id("signIn:submit"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("signedInAs")));
  }

  void type(By field, String text) {
    WebElement element = wait.until(ExpectedConditions.visibilityOfElementLocated(field));
    element.clear();
    element.sendKeys(text);
  }

  /** Sets a field's value by script, e.g. a datetime-local that typing cannot fill portably. */
  void setValue(By field, String value) {
    WebElement element = wait.until(ExpectedConditions.presenceOfElementLocated(field));
    ((JavascriptExecutor) browser)
        .executeScript("arguments[0].value = arguments[1];", element, value);
  }

  void click(By target) {
    wait.until(ExpectedConditions.elementToBeClickable(target)).click();
  }

  /**
   * The admin signs in and creates an election whose window opens in an hour and lasts two, adds
   * the candidates and puts the voters on its roll; its id (the election page stays open).
   */
  String draftElection(String title, List<String> candidates, String... voterRefs) {
    signIn(Deployed.adminEmail(), Deployed.adminPassword());
    browser.get(Deployed.url("/admin/elections.xhtml").toString());
    type(By.id("create:title"), title);
    LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
    setValue(By.id("create:opensAt"), FIELD.format(now.plusHours(1)));
    setValue(By.id("create:closesAt"), FIELD.format(now.plusHours(3)));
    click(By.id("create:submit"));

    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("addCandidate:name")));
    for (String candidate : candidates) {
      type(By.id("addCandidate:name"), candidate);
      click(By.id("addCandidate:submit"));
      wait.until(
          ExpectedConditions.textToBePresentInElementLocated(By.id("candidates"), candidate));
    }
    for (String voterRef : voterRefs) {
      type(By.id("enrol:voterRef"), voterRef);
      click(By.id("enrol:submit"));
      wait.until(
          ExpectedConditions.textToBePresentInElementLocated(By.id("roll:voters"), voterRef));
    }
    return browser.getCurrentUrl().replaceAll(".*id=([0-9a-f]{32}).*", "$1");
  }

  /** On the admin's election page: presses a lifecycle button, confirms, awaits the status. */
  void lifecycle(String action, String status) {
    click(By.id("lifecycle:" + action));
    click(By.id("confirm:yes"));
    wait.until(ExpectedConditions.textToBe(By.id("status"), status));
  }

  /** A file behind a link of the page, fetched by the browser with its session. */
  String fetch(By link) {
    return fetch(wait.until(ExpectedConditions.presenceOfElementLocated(link)));
  }

  /** As above; a refusal (not 200) fails the test with its status and message. */
  String fetch(WebElement link) {
    String href = link.getAttribute("href");
    @SuppressWarnings("unchecked")
    List<Object> answer =
        (List<Object>)
            ((JavascriptExecutor) browser)
                .executeAsyncScript(
                    "const done = arguments[arguments.length - 1];"
                        + " fetch(arguments[0]).then(r => r.text().then(t => done([r.status, t])));",
                    href);
    assertEquals(200L, answer.get(0), href + ": " + answer.get(1));
    return (String) answer.get(1);
  }

  /** A voter signs in, opens the ballot, chooses and reviews: the browser then encrypts. */
  void review(String email, String password, String election, String candidate) {
    signIn(email, password);
    browser.get(Deployed.url("/vote/ballot.xhtml?election=" + election).toString());
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("ballot:choice")));
    browser.findElement(By.xpath("//label[normalize-space()='" + candidate + "']")).click();
    click(By.id("ballot:review"));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("chosen"), candidate));
  }

  /** The tracker the review page shows once the browser has encrypted the ballot. */
  String reviewTracker() {
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("encrypted")));
    String shown =
        wait.until(
            d -> {
              String t = d.findElement(By.id("reviewTracker")).getText();
              return t.isEmpty() ? null : t;
            });
    assertTrue(shown.matches("[0-9A-Z]{5}-[0-9A-Z]{5}-[0-9A-Z]{5}"), shown);
    assertTrue(
        browser.findElement(By.id("serverEncrypts")).getAttribute("hidden") != null,
        "the no-script notice is hidden");
    return shown;
  }

  /** A file the browser saved into {@code downloads} (see {@link Browsers#chromium(Path)}). */
  JsonObject downloaded(Path downloads, String name) {
    Path file = downloads.resolve(name);
    WebDriverWait patient = new WebDriverWait(browser, Duration.ofSeconds(20));
    patient.until(d -> Files.exists(file) && !partial(downloads));
    try {
      return JsonFiles.parse(Files.readString(file), name).object();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static boolean partial(Path downloads) {
    try (Stream<Path> files = Files.list(downloads)) {
      return files.anyMatch(f -> f.toString().endsWith(".crdownload"));
    } catch (IOException e) {
      return true;
    }
  }

  /**
   * After closing, a trustee downloads BALLOTS.json from the decrypt page, runs the real tool's
   * decrypt (which checks every ballot and adds them up itself) and uploads the partial
   * decryptions. Whether the results are decrypted now (else they await more trustees).
   */
  boolean trusteeDecrypts(
      String email, String electionId, Path dir, String passphrase, String keyFile) {
    signIn(email, TrusteePages.PASSWORD);
    browser.get(Deployed.url("/trustee/decrypt.xhtml?election=" + electionId).toString());
    try {
      Files.writeString(dir.resolve("BALLOTS.json"), fetch(By.id("ballots")));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    TrusteePages.ToolRun decrypt =
        TrusteePages.tool(
            dir,
            passphrase,
            "decrypt",
            "--key",
            keyFile,
            "--ballots",
            "BALLOTS.json",
            "--out",
            "partials.json");
    assertEquals(0, decrypt.exit(), decrypt.err());
    WebElement file = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("upload:file")));
    file.sendKeys(dir.resolve("partials.json").toAbsolutePath().toString());
    click(By.id("upload:send"));
    // A wait takes false for "not yet": it waits for the element that says which.
    return wait.until(
            d -> {
              if (!d.findElements(By.id("done")).isEmpty()) {
                return "done";
              }
              return d.findElements(By.id("sent")).isEmpty() ? null : "sent";
            })
        .equals("done");
  }
}
