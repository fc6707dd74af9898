package org.securevote.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** An admin uploads a roll file, sees its check, imports it and watches the progress. */
class RollImportBrowserIT {
  @TempDir Path files;
  private WebDriver browser;
  private WebDriverWait wait;

  @BeforeEach
  void openBrowser() {
    browser = Browsers.chromium();
    wait = Browsers.waitFor(browser, Duration.ofSeconds(60));
    browser.get(Deployed.url("/public/sign-in.xhtml").toString());
    browser.findElement(By.id("signIn:email")).sendKeys(Deployed.adminEmail());
    browser.findElement(By.id("signIn:password")).sendKeys(Deployed.adminPassword());
    browser.findElement(By.id("signIn:submit")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("signedInAs")));
  }

  @AfterEach
  void closeBrowser() {
    browser.quit();
  }

  @Test
  void aGoodFileIsCheckedThenImportedWithProgressShown() throws IOException {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    StringBuilder csv = new StringBuilder("voter_id,name,email\n");
    for (int i = 0; i < 3000; i++) {
      csv.append("B")
          .append(tag)
          .append('-')
          .append(i)
          .append(",Voter ")
          .append(i)
          .append(",b")
          .append(i)
          .append('-')
          .append(tag)
          .append("@example.org\n");
    }

    upload(csv.toString());
    assertTrue(text("summary").startsWith("3000 voters"), text("summary"));
    browser.findElement(By.id("commit:import")).click();

    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("progress")));
    assertTrue(browser.getCurrentUrl().contains("job="), browser.getCurrentUrl());
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("importDone")));
    assertEquals("3000 voters imported.", text("importDone"));
    assertTrue(text("progressText").startsWith("3000 of 3000"), text("progressText"));
  }

  @Test
  void aFileWithProblemsShowsThemAndOffersNoImport() throws IOException {
    upload("voter_id,name,email\nX1,Ada,not-an-address\n");

    assertTrue(text("summary").contains("1 rows with problems"), text("summary"));
    assertTrue(browser.findElement(By.id("problems")).getText().contains("not an email address"));
    assertTrue(browser.findElements(By.id("commit:import")).isEmpty(), "no import button");
  }

  private void upload(String csv) throws IOException {
    Path file = Files.writeString(files.resolve("roll.csv"), csv);
    browser.get(Deployed.url("/admin/import.xhtml").toString());
    browser.findElement(By.id("upload:file")).sendKeys(file.toString());
    browser.findElement(By.id("upload:check")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("summary")));
  }

  private String text(String id) {
    return browser.findElement(By.id(id)).getText().strip();
  }
}
