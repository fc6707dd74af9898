package org.securevote.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Routine pages and ordinary refusals leave nothing SEVERE and no stack trace in the server log: a
 * refusal is the visitor's mistake, answered with a 4xx, not a fault of the server.
 */
class QuietLogIT {
  private static final Pattern STACK_FRAME = Pattern.compile("^\\s+at [\\w$.<>/]+\\(.*\\)$");

  @Test
  void pagesWithMetadataAndAnOldFlashCookieLogNothingSevere() throws Exception {
    ServerLog.Mark start = ServerLog.mark();
    WebSession admin = signedInAdmin();
    String election = AdminPages.openElection(admin);
    WebSession visitor = new WebSession();

    // Views with f:metadata (view parameters and actions): each logged JSF1103.
    ok(visitor.get("/public/board.xhtml?election=" + election));
    visitor.get("/public/results.xhtml?election=" + election); // not published yet
    ok(admin.get("/admin/election.xhtml?id=" + election));
    ok(admin.get("/admin/import.xhtml"));
    // A browser holding a flash cookie from before a restart: JSF1094, as SEVERE.
    String oldFlash = Base64.getEncoder().encodeToString(UUID.randomUUID().toString().getBytes());
    for (String path : List.of("/", "/public/elections.xhtml", "/public/sign-in.xhtml")) {
      HttpResponse<String> page =
          visitor.send(
              "GET", path, "text/plain", "", Map.of("Cookie", "csfcfc=" + oldFlash + "_a"));
      ok(page);
      assertTrue(
          page.headers().allValues("Set-Cookie").stream()
              .anyMatch(c -> c.startsWith("csfcfc=") && c.contains("Max-Age=0")),
          "the browser is told to drop it: " + page.headers().allValues("Set-Cookie"));
    }

    List<String> written = segmentSince(start);
    assertNothingSevere(written);
    assertTrue(
        written.stream().noneMatch(l -> l.contains("JSF1103") || l.contains("JSF1094")),
        String.join("\n", written));
  }

  @Test
  void refusedInputIsAnsweredWithA4xxAndLogsNoStackTrace() throws Exception {
    ServerLog.Mark start = ServerLog.mark();
    WebSession admin = signedInAdmin();
    String election = AdminPages.openElection(admin);
    WebSession visitor = new WebSession();

    List<HttpResponse<String>> refused =
        List.of(
            BoardLookUp.post(visitor, election, "not-a-tracker"),
            visitor.get("/public/board.xhtml?election=1%27%20or%201=1"),
            visitor.get("/public/board.xhtml"),
            visitor.get("/public/results.xhtml"),
            visitor.get("/public/results.xhtml?election=" + "0".repeat(32)),
            visitor.get("/public/activate.xhtml?token=" + "A".repeat(43)),
            visitor.get("/public/activate.xhtml"),
            visitor.get("/public/elections.xhtml?q=%00"),
            visitor.get("/no-such-page"),
            new WebSession().signIn("", ""),
            new WebSession().signIn("nobody-" + UUID.randomUUID() + "@example.org", "wrong"),
            visitor.postForm(
                "/public/sign-in.xhtml",
                Map.of(
                    "signIn", "signIn",
                    "jakarta.faces.ViewState", "-1:-1",
                    "signIn:email", "a@example.org")),
            admin.get("/admin/election.xhtml?id=nope"),
            admin.get("/admin/election.xhtml"),
            admin.submit(
                admin.get("/admin/voters.xhtml").body(),
                "voter",
                Map.of(
                    "voter:voterRef", "BAD-" + UUID.randomUUID().toString().substring(0, 8),
                    "voter:name", "",
                    "voter:email", "not-an-address",
                    "voter:submit", "Add voter")),
            admin.get("/admin/import.xhtml?job=nope"),
            visitor.get("/api/public/elections/nope"),
            visitor.get("/api/public/elections/" + "0".repeat(32) + "/board"),
            visitor.get("/api/public/elections/" + election + "/results"),
            visitor.send(
                "POST",
                "/api/vote/elections/" + election + "/ballot",
                "application/json",
                "{",
                Map.of("Origin", origin())),
            visitor.send(
                "POST",
                "/api/vote/elections/" + election + "/ballot",
                "application/x-www-form-urlencoded",
                "candidate=x",
                Map.of("Origin", origin())),
            visitor.send("DELETE", "/api/public/elections", "text/plain", "", Map.of()),
            visitor.get("/api/no-such-call"),
            visitor.get("/public/no-such-page.xhtml"));
    int[] voterAnswers = refusedVoterInput(election);

    assertNothingSevere(segmentSince(start));
    refused.forEach(
        r ->
            assertTrue(
                r.statusCode() >= 400 && r.statusCode() < 500,
                r.request().method() + " " + r.uri() + " answered " + r.statusCode()));
    assertEquals("[400, 400, 404, 404, 403]", java.util.Arrays.toString(voterAnswers));
  }

  /** A voter's mistakes: a malformed or wrong code, an unknown ballot, a cast off the roll. */
  private static int[] refusedVoterInput(String election) {
    String password = "quiet-log-voter-pw";
    String[] voter = TestAccounts.createVoter(password, false);
    WebSession session = new WebSession();
    session.signIn(voter[1], password);
    IntStream.Builder answers = IntStream.builder();
    for (String code : List.of("12ab56", "123456")) {
      answers.add(
          session
              .submit(
                  session.get("/vote/verify.xhtml").body(),
                  "verify",
                  Map.of("verify:code", code, "verify:submit", "Confirm"))
              .statusCode());
    }
    answers.add(session.get("/vote/ballot.xhtml?election=" + "0".repeat(32)).statusCode());
    answers.add(session.get("/vote/ballot.xhtml?election=nope").statusCode());
    answers.add(
        session
            .send(
                "POST",
                "/api/vote/elections/" + election + "/ballot",
                "application/json",
                "{\"candidate\":\"nobody\"}",
                Map.of("Origin", origin()))
            .statusCode());
    return answers.build().toArray();
  }

  private static WebSession signedInAdmin() {
    WebSession admin = new WebSession();
    admin.signIn(Deployed.adminEmail(), Deployed.adminPassword());
    return admin;
  }

  private static void ok(HttpResponse<String> page) {
    assertTrue(page.statusCode() < 400, page.uri() + " answered " + page.statusCode());
  }

  private static void assertNothingSevere(List<String> written) {
    String all = String.join("\n", written);
    assertTrue(written.stream().noneMatch(l -> l.contains("[SEVERE]")), all);
    assertTrue(written.stream().noneMatch(l -> STACK_FRAME.matcher(l).matches()), all);
    assertTrue(
        written.stream()
            .filter(l -> l.contains("[WARNING]"))
            .allMatch(l -> l.contains("[org.securevote.requests]")), // its SLOW lines
        all);
  }

  /** The log lines written since {@code start}, once a request marking the end is among them. */
  private static List<String> segmentSince(ServerLog.Mark start)
      throws IOException, InterruptedException {
    String marker = "/quiet-log-end-" + UUID.randomUUID();
    new WebSession().postForm(marker, Map.of());
    ServerLog.await(start, l -> l.contains("POST " + marker + " "));
    return ServerLog.since(start);
  }

  private static String origin() {
    URI here = Deployed.url("/");
    return here.getScheme() + "://" + here.getHost() + ":" + here.getPort();
  }
}
