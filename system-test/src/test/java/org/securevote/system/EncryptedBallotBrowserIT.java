package org.securevote.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.math.BigInteger;
import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;
import org.bouncycastle.crypto.signers.Ed25519Signer;
import org.bouncycastle.math.ec.ECPoint;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.securevote.tools.crypto.Ciphertext;
import org.securevote.tools.crypto.ElGamal;
import org.securevote.tools.crypto.EncryptedBallot;
import org.securevote.tools.crypto.Group;
import org.securevote.tools.format.BallotJson;
import org.securevote.tools.format.JsonFiles;

/**
 * The ballot page encrypts in the voter's browser (headless Chromium): the voter sees the tracker
 * before casting and may challenge the ballot instead, getting the file that shows what it
 * encrypted; the server stores exactly the browser's ballot and signs a receipt for it. Without
 * JavaScript the server encrypts.
 */
class EncryptedBallotBrowserIT {
  private static final String PASSWORD = "encrypted-ballot-voter-pw";

  @TempDir Path downloads;
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
  void aVoterCastsTheBallotTheirBrowserEncryptedAndAnotherChallengesOneFirst() throws Exception {
    String[] alice = TestAccounts.createVoter(PASSWORD);
    String[] bob = TestAccounts.createVoter(PASSWORD);
    WebSession admin = new WebSession();
    admin.signIn(Deployed.adminEmail(), Deployed.adminPassword());
    String election = AdminPages.openElection(admin, alice[0], bob[0]);

    // Alice: review, see the tracker, cast.
    pages.review(alice[1], PASSWORD, election, "Ada");
    String aliceTracker = pages.reviewTracker();
    pages.click(By.id("confirm:cast"));
    String[] aliceReceipt = receipt(election, aliceTracker, "voter");
    assertStoredAndValid(election, aliceReceipt[0]);

    // Bob: review, challenge, check the challenged ballot, then cast a fresh one.
    pages.review(bob[1], PASSWORD, election, "Grace");
    String challengedTracker = pages.reviewTracker();
    pages.click(By.id("challenge"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("challenged")));
    assertEquals(challengedTracker, browser.findElement(By.id("challengedTracker")).getText());
    assertEquals("Grace", browser.findElement(By.id("challengedChoice")).getText());
    String freshTracker = pages.reviewTracker();
    assertNotEquals(challengedTracker, freshTracker);
    pages.click(By.id("challengeFile"));
    JsonObject challenge =
        pages.downloaded(downloads, "challenged-ballot-" + challengedTracker + ".json");
    assertChallengeEncrypted(election, challenge, challengedTracker, 1);

    pages.click(By.id("confirm:cast"));
    String[] bobReceipt = receipt(election, freshTracker, "voter");
    assertStoredAndValid(election, bobReceipt[0]);
    assertEquals(2, count("select count(*) from ballot where election_id = ?", election));
    assertEquals(
        0,
        count(
            "select count(*) from ballot where election_id = ? and tracker = ?",
            election,
            challenge.getString("tracker")),
        "the challenged ballot is never cast");
  }

  /** The form posted without the ballot field, as a browser without JavaScript sends it. */
  @Test
  void withoutJavaScriptTheServerEncryptsAndTheReceiptSaysSo() throws Exception {
    String[] voter = TestAccounts.createVoter(PASSWORD);
    WebSession admin = new WebSession();
    admin.signIn(Deployed.adminEmail(), Deployed.adminPassword());
    String election = AdminPages.openElection(admin, voter[0]);
    WebSession session = new WebSession();
    session.signIn(voter[1], PASSWORD);
    String page = session.get("/vote/ballot.xhtml?election=" + election).body();
    String ada = Jsoup.parse(page).select("#ballot input[type=radio]").first().attr("value");
    HttpResponse<String> reviewed =
        session.submit(
            page, "ballot", Map.of("ballot:choice", ada, "ballot:review", "Review my choice"));
    Document confirm = Jsoup.parse(reviewed.body());
    assertEquals(1, confirm.select("input[name=\"confirm:ballot\"]").size());
    confirm.select("input[name=\"confirm:ballot\"]").remove();

    HttpResponse<String> cast =
        session.submit(confirm.outerHtml(), "confirm", Map.of("confirm:cast", "Cast this ballot"));
    assertEquals(302, cast.statusCode(), cast.body());
    Document receipt = Jsoup.parse(session.follow(cast).body());

    assertTrue(
        receipt.getElementById("encryptedBy").text().contains("encrypted by the server"),
        receipt.getElementById("encryptedBy").text());
    String tracker = receipt.getElementById("fullTracker").text();
    assertTrue(
        verifies(
            receipt.getElementById("receiptKey").text(),
            receipt.getElementById("signature").text(),
            election,
            tracker,
            "server"));
    assertStoredAndValid(election, tracker);
  }

  /** The receipt page: the tracker reviewed, who encrypted, a signature that verifies. */
  private String[] receipt(String election, String reviewed, String encryptedBy) throws Exception {
    String shortTracker =
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("tracker"))).getText();
    assertEquals(reviewed, shortTracker, "the browser's tracker is the server's");
    assertTrue(
        browser.findElement(By.id("encryptedBy")).getText().contains("encrypted by your browser"));
    String tracker = browser.findElement(By.id("fullTracker")).getText();
    String signature = browser.findElement(By.id("signature")).getText();
    String key = browser.findElement(By.id("receiptKey")).getText();
    assertTrue(verifies(key, signature, election, tracker, encryptedBy));
    String href = browser.findElement(By.id("downloadReceipt")).getAttribute("href");
    assertTrue(href.startsWith("data:application/json;charset=utf-8,"), href);
    JsonObject file =
        JsonFiles.parse(
                URLDecoder.decode(href.substring(href.indexOf(',') + 1), StandardCharsets.UTF_8),
                "receipt")
            .object();
    assertEquals(
        Map.of(
            "electionId", election,
            "tracker", tracker,
            "encryptedBy", encryptedBy,
            "receipt", signature,
            "receiptKey", key),
        Map.of(
            "electionId", file.getString("electionId"),
            "tracker", file.getString("tracker"),
            "encryptedBy", file.getString("encryptedBy"),
            "receipt", file.getString("receipt"),
            "receiptKey", file.getString("receiptKey")));
    return new String[] {tracker, signature};
  }

  /** The stored ballot with this tracker verifies in Java, under the election's key. */
  private void assertStoredAndValid(String election, String tracker) throws Exception {
    String content = single("select content from ballot where tracker = ?", tracker);
    EncryptedBallot ballot = BallotJson.fromJson(JsonFiles.parse(content, "stored"));
    ECPoint key = key(election);
    assertTrue(ballot.verify(election, key, 2).valid(), content);
    assertEquals(2, ballot.selections().size());
  }

  /** The challenge file recomputes, from its randomness, to exactly the claimed choice. */
  private void assertChallengeEncrypted(
      String election, JsonObject challenge, String shortTracker, int choice) throws Exception {
    assertEquals("securevote/challenged-ballot/v1", challenge.getString("format"));
    assertEquals(election, challenge.getString("electionId"));
    assertEquals(Group.pointHex(key(election)), challenge.getString("publicKey"));
    assertEquals(
        List.of("Ada", "Grace"),
        challenge.getJsonArray("candidates").getValuesAs(JsonString::getString));
    EncryptedBallot ballot =
        BallotJson.fromJson(
            new org.securevote.tools.format.Fields(challenge.getJsonObject("ballot"), "ballot"));
    assertTrue(ballot.verify(election, key(election), 2).valid());
    List<String> randomness =
        challenge.getJsonArray("randomness").getValuesAs(JsonString::getString);
    for (int i = 0; i < 2; i++) {
      Ciphertext expected =
          ElGamal.encrypt(
              key(election), i == choice ? 1 : 0, new BigInteger(randomness.get(i), 16));
      assertEquals(expected.a().normalize(), ballot.selections().get(i).a().normalize());
      assertEquals(expected.b().normalize(), ballot.selections().get(i).b().normalize());
    }
    String tracker = challenge.getString("tracker");
    assertTrue(tracker.matches("[0-9a-f]{64}"), tracker);
    assertEquals(
        shortTracker,
        org.securevote.integrity.Trackers.shortForm(HexFormat.of().parseHex(tracker)));
  }

  private static boolean verifies(
      String keyHex, String signatureHex, String election, String tracker, String encryptedBy) {
    ByteBuffer message = ByteBuffer.allocate(512);
    for (String field : List.of("securevote/v1/receipt", election, tracker, encryptedBy)) {
      byte[] utf8 = field.getBytes(StandardCharsets.UTF_8);
      message.putInt(utf8.length).put(utf8);
    }
    Ed25519Signer verifier = new Ed25519Signer();
    verifier.init(false, new Ed25519PublicKeyParameters(HexFormat.of().parseHex(keyHex), 0));
    verifier.update(message.array(), 0, message.position());
    return verifier.verifySignature(HexFormat.of().parseHex(signatureHex));
  }

  private static ECPoint key(String election) throws SQLException {
    return Group.pointFromHex(single("select public_key from election where id = ?", election));
  }

  private static String single(String sql, String... parameters) throws SQLException {
    try (Connection db = DriverManager.getConnection(Deployed.dbUrl(), Deployed.dbUser(), "");
        PreparedStatement query = db.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        query.setString(i + 1, parameters[i]);
      }
      try (ResultSet row = query.executeQuery()) {
        assertTrue(row.next(), sql);
        return row.getString(1);
      }
    }
  }

  private static long count(String sql, String... parameters) throws SQLException {
    return Long.parseLong(single(sql, parameters));
  }
}
