package org.securevote.system;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Every state-changing request leaves one log line, and no secret ever reaches it. */
class RequestLogIT {
  @Test
  void signInIsLoggedWithAccountAddressAndOutcomeButNeverThePassword() throws Exception {
    ServerLog.Mark from = ServerLog.mark();
    String wrongPassword = "wrong-" + UUID.randomUUID();
    String email = TestAccounts.create("ADMIN", "request-log-admin-pw");
    WebSession session = new WebSession();
    session.signIn(email, wrongPassword);
    session.signIn(email, "request-log-admin-pw");
    String sessionId = session.sessionId().orElseThrow();

    String line =
        ServerLog.await(
            from,
            l ->
                l.contains("POST /public/sign-in.xhtml account=" + email + " address=127.0.0.1")
                    && l.contains("status=302"));
    assertTrue(line.matches(".*millis=\\d+.*"), line);
    String log = String.join("\n", ServerLog.since(from));
    assertFalse(log.contains(wrongPassword), "a password reached the server log");
    assertFalse(log.contains("request-log-admin-pw"), "a password reached the server log");
    assertFalse(log.contains(sessionId), "a session id reached the server log");
  }

  @Test
  void aVotersRequestsLeaveNoLine() throws Exception {
    String password = "request-log-voter-pw";
    String email = TestAccounts.createVoter(password, false)[1];
    ServerLog.Mark from = ServerLog.mark(); // only what this test makes the server write
    WebSession voter = new WebSession();
    voter.signIn(email, password);
    String page = voter.get("/vote/verify.xhtml").body();
    voter.submit(page, "send", Map.of("send:submit", "Email me a code"));
    // A later write proves the log has caught up past the voter's post.
    new WebSession().signIn("nobody-" + UUID.randomUUID() + "@example.org", "x");
    ServerLog.await(from, l -> l.contains("POST /public/sign-in.xhtml account=-"));
    Thread.sleep(500); // the log is written asynchronously

    List<String> voterLines =
        ServerLog.since(from).stream()
            .filter(l -> l.contains(" /vote/") || l.contains(" /api/vote/"))
            .toList();
    assertTrue(
        voterLines.isEmpty(),
        "a voter's request, timed and with its address, is in the log: " + voterLines);
  }

  @Test
  void readsAreNotLogged() throws Exception {
    ServerLog.Mark from = ServerLog.mark();
    String marker = "/public/elections.xhtml?log-marker=" + UUID.randomUUID();
    new WebSession().get(marker);
    // A later write proves the log has caught up past the read.
    new WebSession().signIn("nobody-" + UUID.randomUUID() + "@example.org", "x");
    ServerLog.await(from, l -> l.contains("POST /public/sign-in.xhtml account=-"));
    assertFalse(String.join("\n", ServerLog.since(from)).contains("log-marker"));
  }
}
