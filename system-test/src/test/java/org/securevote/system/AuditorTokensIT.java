package org.securevote.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.securevote.access.control.ForgedTokens;
import org.securevote.tools.format.TrailCsv;

/**
 * The audit API takes an auditor token issued on the admins' page and nothing else: no session
 * cookie, no token that is tampered with, expired, revoked, for another audience or issuer, or
 * without the AUDITOR group.
 */
class AuditorTokensIT {
  private static final String PASSWORD = "correct horse battery staple";
  private static final String SUSPICIOUS = "/api/audit/suspicious?size=5";

  private static WebSession admin;
  private static String auditor;

  @BeforeAll
  static void signIn() {
    admin = new WebSession();
    admin.signIn(Deployed.adminEmail(), Deployed.adminPassword());
    auditor = TestAccounts.create("AUDITOR", PASSWORD);
  }

  @Test
  void anIssuedTokenReadsTheAuditApiUntilItIsRevoked() {
    String label = "exporter " + UUID.randomUUID();
    String token = issue(label);

    HttpResponse<String> events = call(SUSPICIOUS, token);
    assertEquals(200, events.statusCode(), events.body());
    assertTrue(events.body().contains("\"rows\""), events.body());
    for (String size : List.of("0", "501", "many")) {
      HttpResponse<String> refused = call("/api/audit/suspicious?size=" + size, token);
      assertEquals(400, refused.statusCode(), size + ": " + refused.body());
      assertTrue(refused.body().contains("from 1 to 500"), refused.body());
    }
    HttpResponse<String> unknown = call("/api/audit/elections/no-such-election/record", token);
    assertEquals(404, unknown.statusCode(), unknown.body());

    revoke(label);
    HttpResponse<String> revoked = call(SUSPICIOUS, token);
    assertEquals(401, revoked.statusCode(), revoked.body());
    assertTrue(revoked.body().contains("\"error\""), revoked.body());
  }

  @Test
  void anAuditorReadsTheRecordOnceDecryptedBeforeItIsPublished() {
    String token = issue("record reader " + UUID.randomUUID());
    String id = AdminPages.draftElection(admin);
    Trustees.KeyCeremony ceremony = Trustees.complete(id, 1, 1);
    String[] voter = TestAccounts.createVoter("voter-password-not-secret");
    AdminPages.openDraft(admin, id, List.of("Ada", "Grace"), voter[0]);
    Trustees.cast(id, ceremony.key(), 2, Map.of(voter[1], 1));
    AdminPages.act(admin, id, "close");
    String record = "/api/audit/elections/" + id + "/record";
    assertEquals(409, call(record, token).statusCode(), "not decrypted yet");

    WebSession trustee = new WebSession();
    trustee.signIn(ceremony.emails().get(0), Trustees.PASSWORD);
    String partials =
        Trustees.decrypt(
            Trustees.download(trustee, id), ceremony.key(), 1, ceremony.shares().get(0));
    assertEquals(200, Trustees.send(trustee, id, partials).statusCode());

    HttpResponse<String> read = call(record, token);
    assertEquals(200, read.statusCode(), read.body());
    assertTrue(read.body().contains("\"securevote/election-record/v1\""), read.body());
    assertEquals(
        409,
        new WebSession().get("/api/public/elections/" + id + "/record").statusCode(),
        "the public waits for publishing");
  }

  @Test
  void theTokenIsShownOnlyInTheAnswerToIssuingIt() throws Exception {
    String label = "shown once " + UUID.randomUUID();
    String token = issue(label);
    assertEquals(0, rowsNaming(token), "neither the token table nor the audit trail keeps it");
    String listed = admin.get("/admin/tokens.xhtml").body();
    assertTrue(listed.contains(label), "the token is listed");
    assertFalse(listed.contains(token), "but its value is not shown again");
    String afterRevoking = revoke(label);
    assertFalse(afterRevoking.contains(token), "nor after another action on the page");
  }

  @Test
  void aTokenReadsTheTrailPageByPageWithFiltersAndAsCsv() {
    String token = issue("trail reader " + UUID.randomUUID());
    String election = AdminPages.draftElection(admin);

    HttpResponse<String> filtered =
        call("/api/audit/trail?size=2&action=election.create&election=" + election, token);
    assertEquals(200, filtered.statusCode(), filtered.body());
    JsonObject page = Json.createReader(new StringReader(filtered.body())).readObject();
    JsonArray rows = page.getJsonArray("rows");
    assertEquals(1, rows.size(), filtered.body());
    assertEquals("election.create", rows.getJsonObject(0).getString("action"));
    assertEquals("election:" + election, rows.getJsonObject(0).getString("subject"));

    AdminPages.draftElection(admin); // a third entry at least, whatever ran before
    HttpResponse<String> first = call("/api/audit/trail?size=2", token);
    JsonArray newest =
        Json.createReader(new StringReader(first.body())).readObject().getJsonArray("rows");
    long oldest = newest.getJsonObject(1).getJsonNumber("seq").longValue();
    HttpResponse<String> older = call("/api/audit/trail?size=2&olderThan=" + oldest, token);
    assertTrue(older.body().contains("\"seq\""), first.body() + " then " + older.body());
    long next =
        Json.createReader(new StringReader(older.body()))
            .readObject()
            .getJsonArray("rows")
            .getJsonObject(0)
            .getJsonNumber("seq")
            .longValue();
    assertEquals(oldest - 1, next, "the next page starts just below the last one");

    for (String bad : List.of("from=yesterday", "size=0", "olderThan=x", "election=../x")) {
      HttpResponse<String> refused = call("/api/audit/trail?" + bad, token);
      assertEquals(400, refused.statusCode(), bad + ": " + refused.body());
      assertTrue(refused.body().contains("\"error\""), refused.body());
    }
    HttpResponse<String> csv = call("/api/audit/trail.csv", token);
    assertEquals(200, csv.statusCode());
    assertTrue(csv.body().startsWith(String.join(",", TrailCsv.COLUMNS)), csv.body());
    WebSession signedIn = new WebSession();
    signedIn.signIn(auditor, PASSWORD);
    assertEquals(401, signedIn.get("/api/audit/trail.csv").statusCode(), "never by cookie");
  }

  @Test
  void suspiciousEventsAreFilteredAndPagedAsOnTheAuditorsPage() throws Exception {
    String token = issue("suspicion reader " + UUID.randomUUID());
    String account = "suspect-" + UUID.randomUUID() + "@example.org";
    AuditPagesIT.suspiciousEvents(account, "double-vote", 3);
    AuditPagesIT.suspiciousEvents(account, "not-on-roll", 1);
    String query =
        "/api/audit/suspicious?size=2&reason=double-vote&account="
            + java.net.URLEncoder.encode(account, java.nio.charset.StandardCharsets.UTF_8);

    JsonObject first = Json.createReader(new StringReader(call(query, token).body())).readObject();
    JsonArray rows = first.getJsonArray("rows");
    assertEquals(2, rows.size(), first.toString());
    assertTrue(first.getBoolean("more"));
    for (JsonObject row : rows.getValuesAs(JsonObject.class)) {
      assertEquals("double-vote", row.getString("reason"));
      assertEquals(account, row.getString("account"));
    }
    long last = rows.getJsonObject(1).getJsonNumber("id").longValue();
    JsonObject rest =
        Json.createReader(new StringReader(call(query + "&olderThan=" + last, token).body()))
            .readObject();
    assertEquals(1, rest.getJsonArray("rows").size(), "the third double vote: " + rest);
    assertFalse(rest.getBoolean("more"));

    for (String bad : List.of("reason=nonsense", "from=yesterday", "account=" + "a".repeat(300))) {
      HttpResponse<String> refused = call("/api/audit/suspicious?" + bad, token);
      assertEquals(400, refused.statusCode(), bad + ": " + refused.body());
      assertTrue(refused.body().contains("\"error\""), refused.body());
    }
  }

  @Test
  void aSessionCookieAloneIsRefused() {
    WebSession signedIn = new WebSession();
    signedIn.signIn(auditor, PASSWORD);
    assertEquals(
        200, signedIn.get("/audit/index.xhtml").statusCode(), "the session works on pages");
    HttpResponse<String> api = signedIn.get(SUSPICIOUS);
    assertEquals(401, api.statusCode(), api.body());
    assertTrue(api.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"));
    assertEquals(401, admin.get(SUSPICIOUS).statusCode(), "nor an admin's session");
    assertEquals(
        401,
        signedIn.get("/api//audit/suspicious").statusCode(),
        "nor through a path spelled otherwise");
  }

  @Test
  void aTamperedOrGarbledTokenIsRefused() {
    String token = issue("tampered " + UUID.randomUUID());
    String[] parts = token.split("\\.");
    char last = parts[2].charAt(parts[2].length() - 2);
    String badSignature =
        parts[0]
            + "."
            + parts[1]
            + "."
            + parts[2].substring(0, parts[2].length() - 2)
            + (last == 'A' ? 'B' : 'A')
            + parts[2].charAt(parts[2].length() - 1);
    assertEquals(401, call(SUSPICIOUS, badSignature).statusCode());
    assertEquals(401, call(SUSPICIOUS, "not-a-token").statusCode());
    assertEquals(
        401, send(SUSPICIOUS, "Basic " + token).statusCode(), "only the Bearer scheme is taken");
    assertEquals(200, call(SUSPICIOUS, token).statusCode(), "the untouched token still works");
  }

  @Test
  void aTokenFailingOneClaimIsRefused() {
    String label = "forged " + UUID.randomUUID();
    issue(label);
    String jti = jtiOf(label);
    assertEquals(
        200, call(SUSPICIOUS, forged(jti, c -> {})).statusCode(), "signed like the server's own");
    long past = System.currentTimeMillis() / 1000 - 60;
    assertEquals(
        401,
        call(SUSPICIOUS, forged(jti, c -> c.setExpirationTime(NumericDate.fromSeconds(past))))
            .statusCode(),
        "expired");
    assertEquals(
        401,
        call(SUSPICIOUS, forged(jti, c -> c.setAudience("other-api"))).statusCode(),
        "audience");
    assertEquals(
        401,
        call(SUSPICIOUS, forged(jti, c -> c.setIssuer("https://elsewhere"))).statusCode(),
        "issuer");
    assertEquals(
        401,
        call(SUSPICIOUS, forged("never-issued", c -> {})).statusCode(),
        "an id the server never issued");
    assertEquals(
        403,
        call(SUSPICIOUS, forged(jti, c -> c.setStringListClaim("groups", List.of("VOTER"))))
            .statusCode(),
        "groups without AUDITOR");
  }

  private static long rowsNaming(String token) throws SQLException {
    try (Connection db = DriverManager.getConnection(Deployed.dbUrl(), Deployed.dbUser(), "");
        PreparedStatement count =
            db.prepareStatement(
                "select (select count(*) from auditor_token t where row_to_json(t)::text like ?)"
                    + " + (select count(*) from audit_entry e where row_to_json(e)::text like ?)")) {
      String part =
          "%" + token.substring(token.lastIndexOf('.') + 1, token.lastIndexOf('.') + 30) + "%";
      count.setString(1, part);
      count.setString(2, part);
      try (ResultSet rows = count.executeQuery()) {
        rows.next();
        return rows.getLong(1);
      }
    }
  }

  private static String forged(String jti, Consumer<JwtClaims> change) {
    return ForgedTokens.signed(Deployed.masterKey(), jti, auditor, change);
  }

  private static String issue(String label) {
    HttpResponse<String> issued =
        admin.submit(
            admin.get("/admin/tokens.xhtml").body(),
            "issue",
            Map.of(
                "issue:auditor",
                auditor,
                "issue:label",
                label,
                "issue:minutes",
                "60",
                "issue:submit",
                "Issue token"));
    assertEquals(200, issued.statusCode(), issued.body());
    Element shown = Jsoup.parse(issued.body()).getElementById("issuedToken");
    assertTrue(shown != null, issued.body());
    return shown.text().strip();
  }

  /** Presses Revoke on the token's row; returns the page that answers. */
  private static String revoke(String label) {
    String page = admin.get("/admin/tokens.xhtml").body();
    Element button = row(page, label).selectFirst("input[type=submit]");
    HttpResponse<String> revoked =
        admin.submit(page, "list", Map.of(button.attr("name"), button.attr("value")));
    assertTrue(revoked.statusCode() < 400, revoked.body());
    assertTrue(revoked.body().contains("Revoked"), revoked.body());
    return revoked.body();
  }

  private static String jtiOf(String label) {
    return row(admin.get("/admin/tokens.xhtml").body(), label).selectFirst("code").text();
  }

  private static Element row(String page, String label) {
    return Jsoup.parse(page).select("#list\\:tokens tr").stream()
        .filter(tr -> tr.text().contains(label))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no row for " + label + " in " + page));
  }

  private static HttpResponse<String> call(String path, String token) {
    return send(path, "Bearer " + token);
  }

  private static HttpResponse<String> send(String path, String authorization) {
    return new WebSession().get(path, Map.of("Authorization", authorization));
  }
}
