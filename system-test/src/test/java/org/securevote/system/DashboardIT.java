package org.securevote.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * The live dashboard: turnout now and per minute while voting is open, never a result before the
 * caller may see results, and a page that keeps itself current in Chromium under the strict CSP.
 */
class DashboardIT {
  private static final String PASSWORD = "dashboard-voter-password";
  private static final WebSession admin = new WebSession();

  @BeforeAll
  static void signIn() {
    admin.signIn(Deployed.adminEmail(), Deployed.adminPassword());
  }

  @Test
  void turnoutWhileOpenResultsOnlyOnceTheCallerMaySeeThem() throws Exception {
    String[] voter = TestAccounts.createVoter(PASSWORD);
    String id = AdminPages.openElection(admin, voter[0]);
    WebSession visitor = new WebSession();

    JsonObject before = dashboard(visitor, id);
    assertEquals("OPEN", before.getString("status"));
    assertEquals(1, before.getInt("eligible"));
    assertEquals(0, before.getInt("ballotsCast"));
    assertNoResults(before, "nothing to show before any ballot");

    WebSession voting = new WebSession();
    voting.signIn(voter[1], PASSWORD);
    assertEquals(201, ApiBallots.cast(voting, id, 0).statusCode());
    // The public view lags a cast by the cache's interval; the clock samples every tick (10 s).
    JsonArray turnout = waitForSample(visitor, id, 1);
    assertEquals(1, dashboard(visitor, id).getInt("ballotsCast"));
    assertTrue(turnout.size() >= 1, turnout.toString());
    assertNoResults(dashboard(admin, id), "not even admins see a result while voting is open");

    AdminPages.act(admin, id, "close");
    TrusteePages.decrypt(id);
    JsonObject staff = dashboard(admin, id);
    assertEquals(1, staff.getJsonObject("results").getInt("counted"), staff.toString());
    assertNoResults(dashboard(visitor, id), "the public waits for publication");
    HttpResponse<String> page = visitor.get("/public/dashboard.xhtml?election=" + id);
    assertEquals(200, page.statusCode());
    assertTrue(Jsoup.parse(page.body()).getElementById("results") == null, "no results table");

    AdminPages.act(admin, id, "publish");
    JsonObject published = dashboard(visitor, id);
    assertEquals(1, published.getJsonObject("results").getInt("counted"));
    assertEquals(
        "1",
        Jsoup.parse(visitor.get("/public/dashboard.xhtml?election=" + id).body())
            .select("#results td.votes")
            .first()
            .text());
  }

  @Test
  void anUnknownElectionIsA404AndADraftIsNotShown() {
    String draft = AdminPages.draftElection(admin);

    assertEquals(
        404,
        new WebSession()
            .get("/api/public/elections/" + "0".repeat(32) + "/dashboard")
            .statusCode());
    assertEquals(
        404, new WebSession().get("/api/public/elections/" + draft + "/dashboard").statusCode());
    assertEquals(404, new WebSession().get("/public/dashboard.xhtml?election=nope").statusCode());
  }

  @Test
  void thePageUpdatesItselfWhenABallotComesIn() {
    String[] voter = TestAccounts.createVoter(PASSWORD);
    String id = AdminPages.openElection(admin, voter[0]);
    WebDriver browser = Browsers.chromium();
    try {
      browser.get(Deployed.url("/public/dashboard.xhtml?election=" + id).toString());
      assertEquals("0", browser.findElement(By.id("ballotsCast")).getText());
      // Set on this document only: still there after the update means the page did not reload.
      ((JavascriptExecutor) browser).executeScript("window.sameDocument = true;");

      WebSession voting = new WebSession();
      voting.signIn(voter[1], PASSWORD);
      assertEquals(201, ApiBallots.cast(voting, id, 1).statusCode());

      Browsers.waitFor(browser, Duration.ofSeconds(45))
          .until(b -> "1".equals(b.findElement(By.id("ballotsCast")).getText()));
      assertEquals(
          Boolean.TRUE,
          ((JavascriptExecutor) browser).executeScript("return window.sameDocument === true;"));
      assertEquals("100", browser.findElement(By.id("turnoutPercent")).getText());
    } finally {
      browser.quit();
    }
  }

  private static JsonObject dashboard(WebSession session, String id) {
    HttpResponse<String> answer = session.get("/api/public/elections/" + id + "/dashboard");
    assertEquals(200, answer.statusCode(), answer.body());
    return Json.createReader(new StringReader(answer.body())).readObject();
  }

  private static void assertNoResults(JsonObject view, String why) {
    assertTrue(
        !view.containsKey("results") || view.get("results") == JsonValue.NULL, why + ": " + view);
  }

  private static JsonArray waitForSample(WebSession session, String id, int ballots)
      throws InterruptedException {
    Instant giveUp = Instant.now().plusSeconds(60);
    JsonArray turnout = JsonValue.EMPTY_JSON_ARRAY;
    while (Instant.now().isBefore(giveUp)) {
      turnout = dashboard(session, id).getJsonArray("turnout");
      if (!turnout.isEmpty()
          && turnout.getJsonObject(turnout.size() - 1).getInt("ballots") == ballots) {
        return turnout;
      }
      Thread.sleep(1000);
    }
    throw new AssertionError("no sample of " + ballots + " ballots in " + turnout);
  }
}
