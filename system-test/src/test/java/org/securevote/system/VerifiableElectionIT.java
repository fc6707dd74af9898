package org.securevote.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigInteger;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.securevote.tools.crypto.Group;
import org.securevote.tools.format.JsonFiles;
import org.securevote.tools.format.PublicFile;
import org.securevote.tools.format.ShareFile;

/**
 * The whole verifiable election as its people live it, in headless Chromium with the real tool (the
 * trustees' jar, in its own process): three trustees, any two of whom decrypt, make the key; three
 * voters vote, one of them challenging a ballot first and checking it with the tool; two trustees
 * decrypt; the published record passes {@code verify}, and fails it, naming the check, once one
 * ballot, one proof, one partial decryption or one count is changed.
 */
class VerifiableElectionIT {
  private static final String VOTER_PASSWORD = "verifiable-election-voter-pw";
  private static final List<String> CANDIDATES =
      List.of("Ada Lovelace", "Grace Hopper", "Edsger Dijkstra");

  @TempDir Path work;
  private Path downloads;
  private WebDriver browser;
  private WebDriverWait wait;
  private BrowserSteps pages;

  /** A trustee: its account, its own directory for the tool's files, its passphrase. */
  private record Trustee(int index, String email, Path dir, String passphrase) {
    String key() {
      return "ceremony/trustee-" + index + ".key";
    }
  }

  @BeforeEach
  void openBrowser() throws Exception {
    downloads = Files.createDirectories(work.resolve("downloads"));
    browser = Browsers.chromium(downloads);
    wait = Browsers.waitFor(browser, Duration.ofSeconds(30));
    pages = new BrowserSteps(browser, wait);
  }

  @AfterEach
  void closeBrowser() {
    browser.quit();
  }

  @Test
  void threeTrusteesMakeTheKeyTwoDecryptAndTheRecordVerifiesUntilAnythingInItChanges()
      throws Exception {
    List<String[]> voters = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      voters.add(TestAccounts.createVoter(VOTER_PASSWORD));
    }
    String title = "Verifiable election " + UUID.randomUUID().toString().substring(0, 6);
    String id =
        pages.draftElection(
            title, CANDIDATES, voters.get(0)[0], voters.get(1)[0], voters.get(2)[0]);
    List<Trustee> trustees = appointTrustees(3, 2);

    // 1. The key ceremony: trustee 1 in the browser, trustees 2 and 3 scripted over HTTP.
    WebSession second = signedIn(trustees.get(1));
    WebSession third = signedIn(trustees.get(2));
    keygenInBrowser(id, trustees.get(0));
    keygenOverHttp(id, trustees.get(1), second);
    keygenOverHttp(id, trustees.get(2), third);

    String fingerprint = publicsInBrowser(id, trustees.get(0));
    assertEquals(fingerprint, publicsOverHttp(id, trustees.get(1), second), "trustee 2 sees it");
    assertEquals(fingerprint, publicsOverHttp(id, trustees.get(2), third), "trustee 3 sees it");
    for (Trustee t : trustees) {
      sealShares(t, fingerprint);
    }
    sendSharesInBrowser(trustees.get(0));
    sendSharesOverHttp(id, trustees.get(1), second);
    sendSharesOverHttp(id, trustees.get(2), third);

    List<String> keys = new ArrayList<>();
    keys.add(receiveOverHttp(id, trustees.get(1), second, fingerprint));
    keys.add(receiveOverHttp(id, trustees.get(2), third, fingerprint));
    keys.add(receiveInBrowser(id, trustees.get(0), fingerprint));
    wait.until(ExpectedConditions.textToBe(By.id("ceremonyStage"), "complete"));
    String publicKey = browser.findElement(By.id("publicKey")).getText();
    for (String computed : keys) {
      assertEquals(publicKey, computed, "the server adopted the key each trustee's tool computed");
    }

    // 2. The admin schedules and opens; the election's key is public.
    pages.signIn(Deployed.adminEmail(), Deployed.adminPassword());
    browser.get(Deployed.url("/admin/election.xhtml?id=" + id).toString());
    wait.until(ExpectedConditions.textToBe(By.id("ceremonyStage"), "complete"));
    pages.lifecycle("schedule", "scheduled");
    pages.lifecycle("open", "open");
    WebSession visitor = new WebSession();
    HttpResponse<String> published = visitor.get("/api/public/elections/" + id + "/key");
    assertEquals(200, published.statusCode(), published.body());
    JsonObject key = read(published.body());
    assertEquals(publicKey, key.getString("publicKey"));
    assertEquals(2, key.getInt("threshold"));

    // 3. Three voters; the first challenges a ballot and checks it with the tool, then casts.
    challengeThenCast(voters.get(0), id, "Grace Hopper", publicKey);
    cast(voters.get(1), id, "Ada Lovelace");
    cast(voters.get(2), id, "Ada Lovelace");

    // 4. Closing awaits the trustees; trustees 1 and 3 decrypt, and only then the results exist.
    pages.signIn(Deployed.adminEmail(), Deployed.adminPassword());
    browser.get(Deployed.url("/admin/election.xhtml?id=" + id).toString());
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("turnout"), "3 of 3"));
    pages.lifecycle("close", "awaiting trustees");
    Trustee first = trustees.get(0);
    assertFalse(
        pages.trusteeDecrypts(first.email(), id, first.dir(), first.passphrase(), first.key()),
        "one trustee of two decrypts nothing");
    String decryptPage = "/trustee/decrypt.xhtml?election=" + id;
    var before = Jsoup.parse(third.get(decryptPage).body());
    assertEquals("awaiting trustees", before.getElementById("stage").text());
    assertTrue(before.getElementById("decryptedBy").text().contains("1"), before.text());
    decryptOverHttp(id, trustees.get(2), third);

    pages.signIn(Deployed.adminEmail(), Deployed.adminPassword());
    browser.get(Deployed.url("/admin/election.xhtml?id=" + id).toString());
    wait.until(ExpectedConditions.textToBe(By.id("status"), "closed"));
    pages.click(By.linkText("Results"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("results")));
    List<WebElement> rows = browser.findElements(By.cssSelector("#results tbody tr"));
    assertEquals(3, rows.size());
    assertTrue(rows.get(0).getText().startsWith("Ada Lovelace 2 "), rows.get(0).getText());
    assertTrue(rows.get(1).getText().startsWith("Grace Hopper 1 "), rows.get(1).getText());
    assertTrue(rows.get(2).getText().startsWith("Edsger Dijkstra 0 "), rows.get(2).getText());
    browser.get(Deployed.url("/admin/election.xhtml?id=" + id).toString());
    pages.lifecycle("publish", "published");

    // 5. Anyone downloads the record; the tool's verify passes every check.
    HttpResponse<String> downloaded = visitor.get("/api/public/elections/" + id + "/record");
    assertEquals(200, downloaded.statusCode(), downloaded.body());
    Path recordFile = Files.writeString(work.resolve("record.json"), downloaded.body());
    TrusteePages.ToolRun verified = TrusteePages.anyone(work, "verify", "--record", "record.json");
    assertEquals(0, verified.exit(), verified.out() + verified.err());
    List<String> verdicts = verified.out().lines().filter(l -> l.contains(": ")).toList();
    for (String check :
        List.of(
            "trustees",
            "ballots",
            "trackers",
            "ciphertexts",
            "receipts",
            "participation",
            "totals",
            "decryptions",
            "results")) {
      assertTrue(
          verdicts.stream().anyMatch(l -> l.startsWith("ok   " + check + ":")),
          check + " checked ok: " + verified.out());
    }
    assertTrue(verdicts.stream().noneMatch(l -> l.startsWith("FAIL")), verified.out());
    assertTrue(verified.out().contains("passes all"), verified.out());

    JsonObject record = read(Files.readString(recordFile));
    assertEquals(publicKey, record.getString("publicKey"));
    assertEquals(fingerprint.replace(" ", ""), record.getString("fingerprint"));
    assertEquals(3, record.getInt("voted"));
    assertEquals(3, record.getJsonArray("ballots").size());
    assertEquals(
        List.of(1, 3),
        record.getJsonArray("partialDecryptions").getValuesAs(JsonObject.class).stream()
            .map(p -> p.getInt("trustee"))
            .toList());
    assertEquals(
        List.of("Ada Lovelace 2", "Grace Hopper 1", "Edsger Dijkstra 0"),
        record.getJsonArray("results").getValuesAs(JsonObject.class).stream()
            .map(r -> r.getString("candidate") + " " + r.getInt("count"))
            .toList());

    // 6. One thing changed, the rest as published: verify fails and names the check.
    assertFails(
        record,
        "/ballots/0/selections/0/a",
        movedPoint(record, "/ballots/0/selections/0/a"),
        "ballots");
    assertFails(
        record,
        "/ballots/1/zeroOrOne/0/c0",
        nextScalar(record, "/ballots/1/zeroOrOne/0/c0"),
        "ballots");
    assertFails(
        record,
        "/partialDecryptions/0/partials/0/share",
        movedPoint(record, "/partialDecryptions/0/partials/0/share"),
        "decryptions");
    String onlyResults = assertFails(record, "/results/0/count", Json.createValue(3), "results");
    assertTrue(
        onlyResults.contains("fails 1 of"),
        "a changed count fails that check only: " + onlyResults);
  }

  /** The admin appoints k of n new trustee accounts on the election page (the browser's). */
  private List<Trustee> appointTrustees(int n, int k) throws Exception {
    List<Trustee> trustees = new ArrayList<>();
    for (int i = 1; i <= n; i++) {
      trustees.add(
          new Trustee(
              i,
              TrusteePages.newTrustee(),
              Files.createDirectories(work.resolve("trustee-" + i)),
              "passphrase of trustee " + i + " " + UUID.randomUUID()));
    }
    pages.type(
        By.id("appoint:emails"), String.join("\n", trustees.stream().map(Trustee::email).toList()));
    pages.type(By.id("appoint:threshold"), Integer.toString(k));
    TrusteePages.withMailCatcher(
        () -> {
          pages.click(By.id("appoint:submit"));
          return wait.until(
              ExpectedConditions.textToBePresentInElementLocated(
                  By.id("trustees"), trustees.get(n - 1).email()));
        });
    return trustees;
  }

  private void keygenInBrowser(String id, Trustee t) throws Exception {
    pages.signIn(t.email(), TrusteePages.PASSWORD);
    browser.get(Deployed.url("/trustee/").toString());
    pages.click(By.cssSelector("#elections a")); // a new trustee holds this election's key only
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("me"), "trustee 1"));
    Files.writeString(t.dir().resolve("CEREMONY.json"), pages.fetch(By.id("ceremonyFile")));
    keygen(t);
    WebElement file =
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("publish:file")));
    file.sendKeys(publicFile(t).toAbsolutePath().toString());
    pages.click(By.id("publish:submit"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("published")));
  }

  private void keygenOverHttp(String id, Trustee t, WebSession session) throws Exception {
    HttpResponse<String> ceremony = session.get(TrusteePages.files(id) + "/CEREMONY.json");
    assertEquals(200, ceremony.statusCode(), ceremony.body());
    assertEquals(t.index(), TrusteePages.ceremonyFile(session, id).trustee());
    Files.writeString(t.dir().resolve("CEREMONY.json"), ceremony.body());
    keygen(t);
    HttpResponse<String> published =
        session.upload(
            TrusteePages.ceremonyPage(id),
            "publish",
            "publish:file",
            Map.of("publish:submit", "Publish my public file"),
            PublicFile.name(t.index()),
            "application/json",
            Files.readAllBytes(publicFile(t)));
    assertEquals(200, published.statusCode(), published.body());
    assertTrue(published.body().contains("id=\"published\""), published.body());
  }

  private static void keygen(Trustee t) {
    TrusteePages.ToolRun keygen =
        TrusteePages.tool(
            t.dir(), t.passphrase(), "keygen", "--ceremony", "CEREMONY.json", "--out", "ceremony");
    assertEquals(0, keygen.exit(), keygen.err());
  }

  private static Path publicFile(Trustee t) {
    return t.dir().resolve("ceremony").resolve(PublicFile.name(t.index()));
  }

  /** Trustee 1 downloads every public file from its page; the fingerprint the page shows. */
  private String publicsInBrowser(String id, Trustee t) throws Exception {
    browser.get(Deployed.url(TrusteePages.ceremonyPage(id)).toString());
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("fingerprint")));
    Path publics = Files.createDirectories(t.dir().resolve("publics"));
    List<WebElement> links = browser.findElements(By.cssSelector("#publicFiles a"));
    assertEquals(3, links.size());
    for (WebElement link : links) {
      Files.writeString(publics.resolve(link.getText()), pages.fetch(link));
    }
    return browser.findElement(By.id("fingerprint")).getText();
  }

  private String publicsOverHttp(String id, Trustee t, WebSession session) throws Exception {
    Path publics = Files.createDirectories(t.dir().resolve("publics"));
    for (int j = 1; j <= 3; j++) {
      HttpResponse<String> file =
          session.get(TrusteePages.files(id) + "/publics/" + PublicFile.name(j));
      assertEquals(200, file.statusCode(), file.body());
      Files.writeString(publics.resolve(PublicFile.name(j)), file.body());
    }
    return Jsoup.parse(session.get(TrusteePages.ceremonyPage(id)).body())
        .getElementById("fingerprint")
        .text();
  }

  /**
   * The tool prints the fingerprint of the files it checked and writes nothing until it is given
   * back; then it seals a share to each other trustee.
   */
  private static void sealShares(Trustee t, String fingerprint) {
    String[] shares = {"shares", "--key", t.key(), "--publics", "publics", "--out", "shares"};
    TrusteePages.ToolRun unconfirmed = TrusteePages.tool(t.dir(), t.passphrase(), shares);
    assertEquals(1, unconfirmed.exit(), unconfirmed.out() + unconfirmed.err());
    assertTrue(
        unconfirmed.out().contains("ceremony fingerprint: " + fingerprint), unconfirmed.out());
    List<String> confirmed = new ArrayList<>(List.of(shares));
    confirmed.addAll(List.of("--fingerprint", fingerprint));
    TrusteePages.ToolRun sealed =
        TrusteePages.tool(t.dir(), t.passphrase(), confirmed.toArray(String[]::new));
    assertEquals(0, sealed.exit(), sealed.err());
  }

  private List<Path> sharesFrom(Trustee t) {
    List<Path> files = new ArrayList<>();
    for (int to = 1; to <= 3; to++) {
      if (to != t.index()) {
        files.add(t.dir().resolve("shares").resolve(ShareFile.name(t.index(), to)));
      }
    }
    return files;
  }

  private void sendSharesInBrowser(Trustee t) {
    WebElement input =
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("shares:files")));
    input.sendKeys(
        String.join("\n", sharesFrom(t).stream().map(p -> p.toAbsolutePath().toString()).toList()));
    pages.click(By.id("shares:submit"));
    wait.until(ExpectedConditions.textToBe(By.id("sharesSent"), "2 of 2"));
  }

  /** A scripted trustee sends its sealed shares one by one to the trustee API. */
  private void sendSharesOverHttp(String id, Trustee t, WebSession session) throws Exception {
    for (Path share : sharesFrom(t)) {
      HttpResponse<String> sent =
          session.send(
              "POST",
              TrusteePages.files(id) + "/shares",
              "application/json",
              Files.readString(share),
              Map.of("Origin", Trustees.origin()));
      assertEquals(200, sent.statusCode(), sent.body());
    }
  }

  /** Trustee 1 downloads the shares sent to it, receives them with the tool and confirms. */
  private String receiveInBrowser(String id, Trustee t, String fingerprint) throws Exception {
    browser.get(Deployed.url(TrusteePages.ceremonyPage(id)).toString());
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("shareFiles")));
    Path inbox = Files.createDirectories(t.dir().resolve("inbox"));
    List<WebElement> links = browser.findElements(By.cssSelector("#shareFiles a"));
    assertEquals(2, links.size());
    for (WebElement link : links) {
      Files.writeString(inbox.resolve(link.getText()), pages.fetch(link));
    }
    String key = receive(t, fingerprint);
    pages.click(By.id("confirm:submit"));
    return key;
  }

  private String receiveOverHttp(String id, Trustee t, WebSession session, String fingerprint)
      throws Exception {
    Path inbox = Files.createDirectories(t.dir().resolve("inbox"));
    for (int from = 1; from <= 3; from++) {
      if (from != t.index()) {
        String name = ShareFile.name(from, t.index());
        HttpResponse<String> share = session.get(TrusteePages.files(id) + "/shares/" + name);
        assertEquals(200, share.statusCode(), share.body());
        Files.writeString(inbox.resolve(name), share.body());
      }
    }
    String key = receive(t, fingerprint);
    HttpResponse<String> confirmed =
        session.submit(
            session.get(TrusteePages.ceremonyPage(id)).body(),
            "confirm",
            Map.of("confirm:submit", "Confirm: the tool received every share"));
    assertEquals(200, confirmed.statusCode(), confirmed.body());
    return key;
  }

  /** The tool's receive: every share checked against its sender's commitments; the key it says. */
  private static String receive(Trustee t, String fingerprint) {
    TrusteePages.ToolRun receive =
        TrusteePages.tool(
            t.dir(),
            t.passphrase(),
            "receive",
            "--key",
            t.key(),
            "--publics",
            "publics",
            "--shares",
            "inbox",
            "--fingerprint",
            fingerprint);
    assertEquals(0, receive.exit(), receive.err());
    return receive
        .out()
        .lines()
        .filter(l -> l.startsWith("election public key: "))
        .findFirst()
        .orElseThrow(() -> new AssertionError(receive.out()))
        .substring("election public key: ".length());
  }

  /**
   * Benaloh's cast-or-audit: the voter challenges the first encryption, the tool confirms from the
   * downloaded file that it held exactly the choice (and no other), then a fresh one is cast.
   */
  private void challengeThenCast(String[] voter, String id, String choice, String publicKey)
      throws Exception {
    pages.review(voter[1], VOTER_PASSWORD, id, choice);
    String challenged = pages.reviewTracker();
    pages.click(By.id("challenge"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("challenged")));
    assertEquals(challenged, browser.findElement(By.id("challengedTracker")).getText());
    assertEquals(choice, browser.findElement(By.id("challengedChoice")).getText());
    String fresh = pages.reviewTracker();
    assertNotEquals(challenged, fresh);
    pages.click(By.id("challengeFile"));
    String name = "challenged-ballot-" + challenged + ".json";
    pages.downloaded(downloads, name);
    String file = downloads.resolve(name).toAbsolutePath().toString();

    TrusteePages.ToolRun holds =
        TrusteePages.anyone(
            work,
            "check-challenge",
            "--challenge",
            file,
            "--choice",
            choice,
            "--public-key",
            publicKey);
    assertEquals(0, holds.exit(), holds.out() + holds.err());
    assertTrue(holds.out().contains("encrypted exactly " + choice), holds.out());
    TrusteePages.ToolRun other =
        TrusteePages.anyone(
            work,
            "check-challenge",
            "--challenge",
            file,
            "--choice",
            "Ada Lovelace",
            "--public-key",
            publicKey);
    assertEquals(1, other.exit(), other.out() + other.err());
    assertTrue(other.out().contains("FAIL"), other.out());

    pages.click(By.id("confirm:cast"));
    assertEquals(
        fresh,
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("tracker"))).getText(),
        "the fresh ballot is the one cast");
  }

  private void cast(String[] voter, String id, String choice) {
    pages.review(voter[1], VOTER_PASSWORD, id, choice);
    String tracker = pages.reviewTracker();
    pages.click(By.id("confirm:cast"));
    assertEquals(
        tracker,
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("tracker"))).getText());
  }

  /** Trustee 3 downloads BALLOTS.json, runs the tool's decrypt and uploads on its page. */
  private void decryptOverHttp(String id, Trustee t, WebSession session) throws Exception {
    Files.copy(Trustees.download(session, id), t.dir().resolve("BALLOTS.json"));
    TrusteePages.ToolRun decrypt =
        TrusteePages.tool(
            t.dir(),
            t.passphrase(),
            "decrypt",
            "--key",
            t.key(),
            "--ballots",
            "BALLOTS.json",
            "--out",
            "partials.json");
    assertEquals(0, decrypt.exit(), decrypt.err());
    HttpResponse<String> sent =
        session.upload(
            "/trustee/decrypt.xhtml?election=" + id,
            "upload",
            "upload:file",
            Map.of("upload:send", "Send"),
            "partials.json",
            "application/json",
            Files.readAllBytes(t.dir().resolve("partials.json")));
    assertEquals(200, sent.statusCode(), sent.body());
    assertTrue(sent.body().contains("checked and kept"), sent.body());
  }

  /**
   * The record with the value at {@code pointer} replaced and nothing else changed fails verify,
   * which names {@code check} among its failures; the tool's summary line.
   */
  private String assertFails(JsonObject record, String pointer, JsonValue value, String check)
      throws Exception {
    JsonObject changed = Json.createPointer(pointer).replace(record, value);
    String name = "record-" + check + "-" + pointer.replace('/', '_') + ".json";
    Files.writeString(work.resolve(name), JsonFiles.text(changed), StandardCharsets.UTF_8);
    TrusteePages.ToolRun run = TrusteePages.anyone(work, "verify", "--record", name);
    assertEquals(1, run.exit(), pointer + " changed, yet: " + run.out() + run.err());
    assertTrue(run.out().contains("FAIL " + check + ":"), pointer + ": " + run.out());
    assertTrue(run.err().contains("checks: "), run.err());
    assertTrue(
        List.of(run.err().substring(run.err().indexOf("checks: ") + 8).strip().split(", "))
            .contains(check),
        run.err());
    return run.err();
  }

  /** The point at {@code pointer} moved by G: still a point, no longer the one published. */
  private static JsonValue movedPoint(JsonObject record, String pointer) {
    String hex = ((JsonString) Json.createPointer(pointer).getValue(record)).getString();
    return Json.createValue(Group.pointHex(Group.pointFromHex(hex).add(Group.G).normalize()));
  }

  /** The scalar at {@code pointer} plus one (mod n): still a scalar, no longer the proof's. */
  private static JsonValue nextScalar(JsonObject record, String pointer) {
    String hex = ((JsonString) Json.createPointer(pointer).getValue(record)).getString();
    BigInteger next = Group.scalarFromHex(hex).add(BigInteger.ONE).mod(Group.ORDER);
    return Json.createValue(Group.scalarHex(next));
  }

  private static WebSession signedIn(Trustee t) {
    WebSession session = new WebSession();
    session.signIn(t.email(), TrusteePages.PASSWORD);
    return session;
  }

  private static JsonObject read(String json) {
    return Json.createReader(new StringReader(json)).readObject();
  }
}
