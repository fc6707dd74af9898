package org.securevote.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.securevote.tools.format.JsonFiles;

/** The JSON API: public reads, and casting under the same rules as the ballot page. */
class ApiIT {
  private static final String PASSWORD = "api-voter-password";
  private static final String ORIGIN = originOf(Deployed.url("/").toString());
  private static final WebSession admin = new WebSession();

  @BeforeAll
  static void signIn() {
    admin.signIn(Deployed.adminEmail(), Deployed.adminPassword());
  }

  @Test
  void publicElectionsAndBoardAreJson() {
    String id = AdminPages.openElection(admin);
    HttpResponse<String> list = new WebSession().get("/api/public/elections");
    assertEquals(200, list.statusCode());
    assertTrue(list.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
    assertTrue(list.body().contains("\"id\":\"" + id + "\""), list.body());

    HttpResponse<String> board = new WebSession().get("/api/public/elections/" + id + "/board");
    assertEquals(200, board.statusCode(), board.body());
    assertTrue(board.body().contains("\"trackers\":[]"), board.body());
  }

  @Test
  void unknownOrMalformedElectionIsA404WithAMessage() {
    HttpResponse<String> unknown = new WebSession().get("/api/public/elections/" + "0".repeat(32));
    assertEquals(404, unknown.statusCode(), unknown.body());
    assertTrue(unknown.body().contains("\"error\""), unknown.body());
    assertEquals(404, new WebSession().get("/api/public/elections/nope/board").statusCode());
  }

  @Test
  void resultsBeforePublicationAreA409SayingSoNotAForbidden() {
    String id = AdminPages.openElection(admin);

    HttpResponse<String> early = new WebSession().get("/api/public/elections/" + id + "/results");

    assertEquals(409, early.statusCode(), early.body());
    assertTrue(early.body().contains("are not published yet"), early.body());
  }

  @Test
  void aCancelledOrUnknownElectionHasNoEncryptedTotals() {
    String id = AdminPages.openElection(admin);
    AdminPages.act(admin, id, "cancel");

    HttpResponse<String> cancelled =
        new WebSession().get("/api/public/elections/" + id + "/totals");
    HttpResponse<String> unknown =
        new WebSession().get("/api/public/elections/" + "0".repeat(32) + "/totals");

    assertEquals(409, cancelled.statusCode(), cancelled.body());
    assertTrue(cancelled.body().contains("was cancelled"), cancelled.body());
    assertEquals(404, unknown.statusCode(), unknown.body());
  }

  @Test
  void castWithoutSigningInIsA401() {
    String id = AdminPages.openElection(admin);
    HttpResponse<String> answer = cast(new WebSession(), id, "{}", Map.of("Origin", ORIGIN));
    assertEquals(401, answer.statusCode(), answer.body());
  }

  @Test
  void castFromAnotherSiteIsRefused() {
    String[] voter = TestAccounts.createVoter(PASSWORD);
    String id = AdminPages.openElection(admin, voter[0]);
    WebSession session = signedIn(voter);
    String ballot = ApiBallots.encrypt(session, id, 0);
    String candidate = ApiBallots.candidateIds(session, id).get(0);

    assertEquals(403, cast(session, id, ballot, Map.of()).statusCode(), "no Origin");
    assertEquals(
        403,
        cast(session, id, ballot, Map.of("Origin", "https://evil.example")).statusCode(),
        "foreign Origin");
    assertEquals(
        403,
        cast(session, id, ballot, Map.of("Sec-Fetch-Site", "cross-site")).statusCode(),
        "cross-site fetch");
    HttpResponse<String> form =
        session.send(
            "POST",
            "/api/vote/elections/" + id + "/ballot",
            "application/x-www-form-urlencoded",
            "candidate=" + candidate,
            Map.of("Origin", ORIGIN));
    assertEquals(415, form.statusCode(), "a form post, which any site can send");
    assertTrue(session.get("/api/vote/elections").body().contains("\"voted\":false"));
  }

  @Test
  void castFromThisSiteIsAcceptedOnceWithATrackerAndReceipt() {
    String[] voter = TestAccounts.createVoter(PASSWORD);
    String id = AdminPages.openElection(admin, voter[0]);
    WebSession session = signedIn(voter);

    HttpResponse<String> accepted =
        cast(session, id, ApiBallots.encrypt(session, id, 1), Map.of("Origin", ORIGIN));
    assertEquals(201, accepted.statusCode(), accepted.body());
    String body = accepted.body();
    assertTrue(body.matches(".*\"shortTracker\":\"[0-9A-Z]{5}-[0-9A-Z]{5}-[0-9A-Z]{5}\".*"), body);
    assertTrue(body.matches(".*\"tracker\":\"[0-9a-f]{64}\".*"), body);
    assertTrue(body.matches(".*\"signature\":\"[0-9a-f]{128}\".*"), body);
    assertTrue(body.matches(".*\"receiptKey\":\"[0-9a-f]{64}\".*"), body);
    assertTrue(body.contains("\"encryptedBy\":\"voter\""), body);

    HttpResponse<String> again =
        cast(session, id, ApiBallots.encrypt(session, id, 0), Map.of("Origin", ORIGIN));
    assertEquals(409, again.statusCode(), again.body());
    assertTrue(again.body().contains("already voted"), again.body());
  }

  @Test
  void castOutsideTheWindowGetsTheBallotPagesRefusal() {
    String[] voter = TestAccounts.createVoter(PASSWORD);
    String id = AdminPages.openElection(admin, voter[0]);
    WebSession session = signedIn(voter);
    String ballot = ApiBallots.encrypt(session, id, 0);
    AdminPages.act(admin, id, "close");

    HttpResponse<String> refused = cast(session, id, ballot, Map.of("Origin", ORIGIN));
    assertEquals(409, refused.statusCode(), refused.body());
    assertTrue(refused.body().contains("has closed"), refused.body());
  }

  /** The ballot page, like the API, answers 403 with the reason (its other refusals are 404s). */
  @Test
  void aNetworkTheElectionDoesNotAllowIsA403OnTheBallotPageAsInTheApi() {
    String[] voter = TestAccounts.createVoter(PASSWORD);
    String id = AdminPages.openElectionFrom(admin, "203.0.113.0/24", voter[0]);
    WebSession session = signedIn(voter);
    String reason = "is only possible from the networks its election office allows";

    HttpResponse<String> page = session.get("/vote/ballot.xhtml?election=" + id);
    assertEquals(403, page.statusCode());
    assertTrue(page.body().contains(reason), page.body());
    HttpResponse<String> paper = session.get("/api/vote/elections/" + id + "/ballot");
    assertEquals(403, paper.statusCode(), paper.body());
    assertTrue(paper.body().contains(reason), paper.body());
    HttpResponse<String> refused = cast(session, id, "{}", Map.of("Origin", ORIGIN));
    assertEquals(403, refused.statusCode(), refused.body());
    assertTrue(refused.body().contains(reason), refused.body());
  }

  @Test
  void badBodiesAreA4xxWithAMessage() {
    String[] voter = TestAccounts.createVoter(PASSWORD);
    String id = AdminPages.openElection(admin, voter[0]);
    WebSession session = signedIn(voter);
    String path = "/api/vote/elections/" + id + "/ballot";
    Map<String, String> origin = Map.of("Origin", ORIGIN);
    for (String body :
        new String[] {
          "{", "[]", "{}", "{\"candidate\": 5}", "{\"candidate\":\"" + "x".repeat(100) + "\"}"
        }) {
      HttpResponse<String> answer = session.send("POST", path, "application/json", body, origin);
      assertTrue(
          answer.statusCode() >= 400
              && answer.statusCode() < 500
              && answer.body().contains("\"error\""),
          body + " answered " + answer.statusCode() + ": " + answer.body());
    }
    HttpResponse<String> unknown =
        session.send("POST", path, "application/json", "{\"candidate\":\"nobody\"}", origin);
    assertEquals(422, unknown.statusCode(), unknown.body());
    assertTrue(unknown.body().contains("This is not an encrypted ballot"), unknown.body());
    // A ballot whose first proof fails: its selections swapped, each proof now at another place.
    var ballot = JsonFiles.parse(ApiBallots.encrypt(session, id, 0), "ballot").object();
    var swapped =
        jakarta.json.Json.createObjectBuilder(ballot)
            .add(
                "selections",
                jakarta.json.Json.createArrayBuilder()
                    .add(ballot.getJsonArray("selections").get(1))
                    .add(ballot.getJsonArray("selections").get(0)))
            .build()
            .toString();
    HttpResponse<String> forged = session.send("POST", path, "application/json", swapped, origin);
    assertEquals(422, forged.statusCode(), forged.body());
    assertTrue(
        forged.body().contains("the proof that the ciphertext for candidate 1 encrypts 0 or 1"),
        forged.body());
    assertTrue(session.get("/api/vote/elections").body().contains("\"voted\":false"));
    HttpResponse<String> huge =
        session.send(
            "POST",
            path,
            "application/json",
            "{\"candidate\":\"" + "x".repeat(2_000_000) + "\"}",
            origin);
    assertEquals(413, huge.statusCode());
  }

  @Test
  void aSessionThatEndedGetsJsonNotTheServersPage() throws Exception {
    String[] voter = TestAccounts.createVoter(PASSWORD);
    WebSession session = signedIn(voter);
    assertEquals(200, session.get("/api/vote/elections").statusCode());
    try (var db = java.sql.DriverManager.getConnection(Deployed.dbUrl(), Deployed.dbUser(), "");
        var deactivate = db.prepareStatement("update account set active = false where email = ?")) {
      deactivate.setString(1, voter[1]);
      deactivate.executeUpdate();
    }

    HttpResponse<String> ended = session.get("/api/vote/elections");
    assertEquals(401, ended.statusCode(), ended.body());
    assertTrue(
        ended.headers().firstValue("Content-Type").orElse("").startsWith("application/json"),
        ended.headers().toString());
    assertTrue(ended.body().contains("\"error\""), ended.body());
    assertTrue(!ended.body().contains("Payara"), ended.body());
  }

  @Test
  void anOversizedCallIsRefusedInJsonAndNoWadlIsPublished() {
    String[] voter = TestAccounts.createVoter(PASSWORD);
    String id = AdminPages.openElection(admin, voter[0]);
    WebSession session = signedIn(voter);
    HttpResponse<String> huge =
        session.send(
            "POST",
            "/api/vote/elections/" + id + "/ballot",
            "application/json",
            "{\"candidate\":\"" + "x".repeat(2_000_000) + "\"}",
            Map.of("Origin", ORIGIN));
    assertEquals(413, huge.statusCode());
    assertTrue(huge.body().contains("\"error\""), huge.body());

    HttpResponse<String> options =
        new WebSession().send("OPTIONS", "/api/public/elections", "text/plain", "", Map.of());
    assertTrue(
        !options.body().contains("Jersey") && !options.body().contains("wadl"), options.body());
    HttpResponse<String> wadl = new WebSession().get("/api/application.wadl");
    assertEquals(404, wadl.statusCode(), wadl.body());
  }

  private static WebSession signedIn(String[] voter) {
    WebSession session = new WebSession();
    session.signIn(voter[1], PASSWORD);
    return session;
  }

  /** Posts an encrypted ballot (or whatever else) as a machine client does. */
  private static HttpResponse<String> cast(
      WebSession session, String id, String ballot, Map<String, String> headers) {
    return session.send(
        "POST", "/api/vote/elections/" + id + "/ballot", "application/json", ballot, headers);
  }

  private static String originOf(String url) {
    java.net.URI uri = java.net.URI.create(url);
    return uri.getScheme() + "://" + uri.getHost() + ":" + uri.getPort();
  }
}
