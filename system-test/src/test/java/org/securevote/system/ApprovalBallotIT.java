package org.securevote.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.securevote.tools.crypto.ChoiceBounds;
import org.securevote.tools.crypto.EncryptedBallot;
import org.securevote.tools.crypto.Group;
import org.securevote.tools.format.BallotJson;
import org.securevote.tools.format.JsonFiles;

/**
 * An approval election ("choose 1 or 2 of 3") from the admin's form to a verified record: one voter
 * ticks two boxes in Chromium, whose script encrypts with the count-in-range proof, challenges one
 * ballot (the tool confirms both names from its file) and casts a fresh one; one votes without the
 * script and the server encrypts; an API client's ballot approving all three is refused by the
 * count proof, and its honest ballot is taken. Two of three trustees decrypt, the counts are
 * approvals, and `trustee verify` passes the record.
 */
class ApprovalBallotIT {
  private static final String PASSWORD = "approval-voter-password";
  private static final List<String> CANDIDATES = List.of("Ada", "Grace", "Edsger");
  private static final SecureRandom RANDOM = new SecureRandom();

  @TempDir Path downloads;
  @TempDir Path work;
  private WebDriver browser;
  private WebDriverWait wait;
  private BrowserSteps pages;

  @BeforeEach
  void openBrowser() {
    browser = Browsers.chromium(downloads);
    wait = Browsers.waitFor(browser, Duration.ofSeconds(30));
    pages = new BrowserSteps(browser, wait);
  }

  @AfterEach
  void closeBrowser() {
    browser.quit();
  }

  @Test
  void anApprovalElectionCountsApprovalsAndItsRecordVerifies() throws Exception {
    WebSession admin = new WebSession();
    admin.signIn(Deployed.adminEmail(), Deployed.adminPassword());
    HttpResponse<String> exactlyOne = AdminPages.createElection(admin, "", -1, 1, "APPROVAL", 1, 1);
    assertEquals(400, exactlyOne.statusCode(), "refused on the form, not created");
    assertTrue(exactlyOne.body().contains("is a single-choice ballot"), exactlyOne.body());
    HttpResponse<String> inverted = AdminPages.createElection(admin, "", -1, 1, "APPROVAL", 3, 2);
    assertEquals(400, inverted.statusCode());
    assertTrue(inverted.body().contains("the least no more than the most"), inverted.body());

    String id = AdminPages.draftApproval(admin, 1, 2);
    Trustees.KeyCeremony ceremony = Trustees.complete(id, 2, 3);
    String[] ticks = TestAccounts.createVoter(PASSWORD);
    String[] noScript = TestAccounts.createVoter(PASSWORD);
    String[] client = TestAccounts.createVoter(PASSWORD);
    AdminPages.openDraft(admin, id, CANDIDATES, ticks[0], noScript[0], client[0]);
    assertTrue(
        admin.get("/admin/election.xhtml?id=" + id).body().contains("approval, 1 to 2 candidates"));

    // In the browser: three boxes are too many; two are reviewed, encrypted and cast.
    pages.signIn(ticks[1], PASSWORD);
    browser.get(Deployed.url("/vote/ballot.xhtml?election=" + id).toString());
    wait.until(
        ExpectedConditions.textToBe(By.tagName("legend"), "Choose between 1 and 2 candidates."));
    for (String name : CANDIDATES) {
      browser.findElement(By.xpath("//label[normalize-space()='" + name + "']")).click();
    }
    pages.click(By.id("ballot:review"));
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("messages"), "Choose between 1 and 2 candidates. You chose 3."));
    browser.findElement(By.xpath("//label[normalize-space()='Edsger']")).click();
    pages.click(By.id("ballot:review"));
    wait.until(ExpectedConditions.textToBe(By.id("chosen"), "Ada, Grace"));
    String challenged = pages.reviewTracker();
    pages.click(By.id("challenge"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("challenged")));
    assertEquals("Ada, Grace", browser.findElement(By.id("challengedChoice")).getText());
    assertTrue(
        browser
            .findElement(By.id("challenged"))
            .getText()
            .contains("one --choice for each candidate you chose"));
    String tracker = pages.reviewTracker();
    assertNotEquals(challenged, tracker, "a fresh ballot after the challenge");
    pages.click(By.id("challengeFile"));
    String name = "challenged-ballot-" + challenged + ".json";
    pages.downloaded(downloads, name);
    String file = downloads.resolve(name).toAbsolutePath().toString();
    String keyHex = Group.pointHex(ceremony.key().publicKey());
    TrusteePages.ToolRun both = TrusteePages.checkChallenge(work, file, keyHex, "Grace", "Ada");
    assertEquals(0, both.exit(), both.out() + both.err());
    assertTrue(both.out().contains("encrypted exactly Ada, Grace"), both.out());
    TrusteePages.ToolRun fewer = TrusteePages.checkChallenge(work, file, keyHex, "Ada");
    assertEquals(1, fewer.exit(), fewer.out() + fewer.err());
    pages.click(By.id("confirm:cast"));
    assertEquals(
        tracker,
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("tracker"))).getText());

    // Without the script: the form posts two ticked boxes and the server encrypts them.
    WebSession plain = new WebSession();
    plain.signIn(noScript[1], PASSWORD);
    List<String> ids = ApiBallots.candidateIds(plain, id);
    Document ballotPage = Jsoup.parse(plain.get("/vote/ballot.xhtml?election=" + id).body());
    Element form = ballotPage.getElementById("ballot");
    List<Map.Entry<String, String>> fields = new ArrayList<>();
    for (Element hidden : form.select("input[type=hidden]")) {
      fields.add(Map.entry(hidden.attr("name"), hidden.attr("value")));
    }
    fields.add(Map.entry("ballot:choices", ids.get(0)));
    fields.add(Map.entry("ballot:choices", ids.get(2)));
    fields.add(Map.entry("ballot:review", "Review my choice"));
    HttpResponse<String> reviewed = plain.postForm(form.attr("action"), fields);
    Document confirm = Jsoup.parse(reviewed.body());
    assertEquals("Ada, Edsger", confirm.getElementById("chosen").text(), reviewed.body());
    HttpResponse<String> cast =
        plain.submit(reviewed.body(), "confirm", Map.of("confirm:cast", "Cast this ballot"));
    assertEquals(302, cast.statusCode(), cast.body());

    // An API client: a ballot approving all three is refused by its count proof; one is taken.
    WebSession api = new WebSession();
    api.signIn(client[1], PASSWORD);
    JsonObject paper =
        JsonFiles.parse(api.get("/api/vote/elections/" + id + "/ballot").body(), "paper").object();
    assertEquals(1, paper.getInt("minChoices"));
    assertEquals(2, paper.getInt("maxChoices"));
    var key = ceremony.key().publicKey();
    String tooMany =
        BallotJson.toJson(
                EncryptedBallot.encrypt(id, key, 3, new ChoiceBounds(0, 3), Set.of(0, 1, 2), RANDOM)
                    .ballot())
            .toString();
    HttpResponse<String> refused = ApiBallots.post(api, id, tooMany);
    assertEquals(422, refused.statusCode(), refused.body());
    assertTrue(
        refused.body().contains("number of candidates chosen is within the election's bounds"),
        refused.body());
    String one =
        BallotJson.toJson(
                EncryptedBallot.encrypt(id, key, 3, new ChoiceBounds(1, 2), Set.of(2), RANDOM)
                    .ballot())
            .toString();
    HttpResponse<String> taken = ApiBallots.post(api, id, one);
    assertEquals(201, taken.statusCode(), taken.body());

    // Two of three trustees decrypt; the counts are approvals; the record verifies.
    AdminPages.act(admin, id, "close");
    Trustees.decryptAndSend(ceremony, id, 1, 3);
    AdminPages.act(admin, id, "publish");
    HttpResponse<String> record = new WebSession().get("/api/public/elections/" + id + "/record");
    assertEquals(200, record.statusCode(), record.body());
    JsonObject r = JsonFiles.parse(record.body(), "record").object();
    JsonObject election = r.getJsonObject("election");
    assertEquals("APPROVAL", election.getString("ballotType"));
    assertEquals(1, election.getInt("minChoices"));
    assertEquals(2, election.getInt("maxChoices"));
    assertEquals(
        List.of("Ada 2", "Grace 1", "Edsger 2"),
        r.getJsonArray("results").getValuesAs(JsonObject.class).stream()
            .map(c -> c.getString("candidate") + " " + c.getInt("count"))
            .toList());
    Document results =
        Jsoup.parse(new WebSession().get("/public/results.xhtml?election=" + id).body());
    assertEquals(
        "Candidate Approvals Share of ballots", results.select("#results thead tr").text());
    assertEquals(
        "Ada 2 66.7%", results.select("#results tbody tr").get(0).text(), "2 of 3 ballots approve");
    for (JsonValue b : r.getJsonArray("ballots")) {
      assertTrue(b.asJsonObject().containsKey("countInRange"), b.toString());
    }
    Files.writeString(work.resolve("record.json"), record.body());
    TrusteePages.ToolRun verified = TrusteePages.anyone(work, "verify", "--record", "record.json");
    assertEquals(0, verified.exit(), verified.out() + verified.err());
    assertTrue(verified.out().contains("passes all"), verified.out());
  }
}
