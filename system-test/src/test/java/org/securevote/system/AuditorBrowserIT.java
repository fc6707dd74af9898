package org.securevote.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.securevote.tools.verify.TrailCheck;

/**
 * An auditor's day in Chromium: filters the trail, downloads it as CSV and as a file for an outside
 * auditor that gpg opens; then an admin issues a token in the browser that a program uses on the
 * audit API until the admin revokes it.
 */
class AuditorBrowserIT {
  private static final String PASSWORD = "auditor-browser-pw";

  @Test
  void anAuditorFiltersExportsAndSealsTheTrailAndATokenWorksUntilRevoked() throws Exception {
    AuditTrailExportIT.someAuditedWork();
    String auditor = TestAccounts.create("AUDITOR", PASSWORD);
    Path downloads = Files.createTempDirectory("auditor-downloads");
    WebDriver browser = Browsers.chromium(downloads);
    try {
      WebDriverWait wait = Browsers.waitFor(browser, Duration.ofSeconds(30));
      BrowserSteps pages = new BrowserSteps(browser, wait);
      pages.signIn(auditor, PASSWORD);

      browser.get(Deployed.url("/audit/trail.xhtml").toString());
      pages.type(By.id("action"), "election.create");
      pages.click(By.cssSelector("#filters button[type=submit]"));
      wait.until(ExpectedConditions.urlContains("action=election.create"));
      List<WebElement> rows = browser.findElements(By.cssSelector("#entries tbody tr"));
      assertTrue(!rows.isEmpty(), "entries shown");
      for (WebElement row : rows) {
        assertEquals("election.create", row.findElements(By.tagName("td")).get(3).getText());
      }

      browser.get(Deployed.url("/audit/index.xhtml").toString());
      pages.click(By.id("exportTrail"));
      String csv = Files.readString(saved(downloads, "audit-trail.csv"));
      String key = new WebSession().get("/api/public/audit/key").body();
      TrailCheck check = TrailCheck.of(new StringReader(csv), key);
      assertTrue(check.ok(), check.verdicts().toString());

      SealedTrailIT.Gpg outsider = SealedTrailIT.Gpg.withNewKey("outsider@example.org");
      Path publicKey = outsider.home().resolve("outsider.asc");
      Files.write(publicKey, outsider.publicKey());
      browser.findElement(By.id("sealed:key")).sendKeys(publicKey.toString());
      pages.click(By.id("sealed:download"));
      Path sealed = saved(downloads, "audit-trail.csv.gpg");
      outsider.run(
          new WebSession().get("/api/public/audit/openpgp-key.asc").body().getBytes(), "--import");
      SealedTrailIT.Gpg.Result opened =
          outsider.run(null, "--status-fd", "1", "--output", "-", "--decrypt", sealed.toString());
      assertEquals(0, opened.exitCode(), opened.output());
      assertTrue(opened.output().contains("[GNUPG:] GOODSIG"), opened.output());

      pages.signIn(Deployed.adminEmail(), Deployed.adminPassword());
      browser.get(Deployed.url("/admin/tokens.xhtml").toString());
      new Select(browser.findElement(By.id("issue:auditor"))).selectByValue(auditor);
      String label = "exporter " + UUID.randomUUID();
      pages.type(By.id("issue:label"), label);
      pages.click(By.id("issue:submit"));
      String token =
          wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("issuedToken")))
              .getText()
              .strip();
      assertEquals(200, onTheApi(token).statusCode());

      WebElement row =
          browser.findElements(By.cssSelector("#list\\:tokens tbody tr")).stream()
              .filter(r -> r.getText().contains(label))
              .findFirst()
              .orElseThrow();
      row.findElement(By.cssSelector("input[type=submit]")).click();
      wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("list"), "revoked"));
      assertEquals(401, onTheApi(token).statusCode(), "revoked: refused on its next call");
    } finally {
      browser.quit();
    }
  }

  private static HttpResponse<String> onTheApi(String token) {
    return new WebSession()
        .get("/api/audit/trail?size=5", Map.of("Authorization", "Bearer " + token));
  }

  /** A file Chromium saved, once it is complete. */
  private static Path saved(Path downloads, String name) throws Exception {
    Path file = downloads.resolve(name);
    for (int i = 0; i < 300; i++) {
      try (var files = Files.list(downloads)) {
        if (Files.exists(file) && files.noneMatch(f -> f.toString().endsWith(".crdownload"))) {
          return file;
        }
      }
      Thread.sleep(100);
    }
    throw new AssertionError("Chromium saved no " + name + " in " + downloads);
  }
}
