package org.securevote.system;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/** Every state-changing request leaves one log line, and no secret ever reaches it. */
class RequestLogIT {
  private static final Path LOG = Path.of(System.getProperty("it.payara.log"));

  @Test
  void signInIsLoggedWithAccountAddressAndOutcomeButNeverThePassword() throws Exception {
    String wrongPassword = "wrong-" + UUID.randomUUID();
    String email = TestAccounts.create("ADMIN", "request-log-admin-pw");
    WebSession session = new WebSession();
    session.signIn(email, wrongPassword);
    session.signIn(email, "request-log-admin-pw");
    String sessionId = session.sessionId().orElseThrow();

    String line =
        awaitLine(
            l ->
                l.contains("POST /public/sign-in.xhtml account=" + email + " address=127.0.0.1")
                    && l.contains("status=302"));
    assertTrue(line.matches(".*millis=\\d+.*"), line);
    String log = Files.readString(LOG, StandardCharsets.UTF_8);
    assertFalse(log.contains(wrongPassword), "a password reached the server log");
    assertFalse(log.contains("request-log-admin-pw"), "a password reached the server log");
    assertFalse(log.contains(sessionId), "a session id reached the server log");
  }

  @Test
  void aVotersRequestsLeaveNoLine() throws Exception {
    String password = "request-log-voter-pw";
    String email = TestAccounts.createVoter(password, false)[1];
    long from = Files.size(LOG); // only what this test makes the server write
    WebSession voter = new WebSession();
    voter.signIn(email, password);
    String page = voter.get("/vote/verify.xhtml").body();
    voter.submit(page, "send", Map.of("send:submit", "Email me a code"));
    // A later write proves the log has caught up past the voter's post.
    new WebSession().signIn("nobody-" + UUID.randomUUID() + "@example.org", "x");
    awaitLine(l -> l.contains("POST /public/sign-in.xhtml account=-"));
    Thread.sleep(500); // the log is written asynchronously

    byte[] log = Files.readAllBytes(LOG);
    int start = log.length < from ? 0 : (int) from; // the server may have rotated its log
    String written = new String(log, start, log.length - start, StandardCharsets.UTF_8);
    List<String> voterLines =
        written.lines().filter(l -> l.contains(" /vote/") || l.contains(" /api/vote/")).toList();
    assertTrue(
        voterLines.isEmpty(),
        "a voter's request, timed and with its address, is in the log: " + voterLines);
  }

  @Test
  void readsAreNotLogged() throws Exception {
    String marker = "/public/elections.xhtml?log-marker=" + UUID.randomUUID();
    new WebSession().get(marker);
    // A later write proves the log has caught up past the read.
    new WebSession().signIn("nobody-" + UUID.randomUUID() + "@example.org", "x");
    awaitLine(l -> l.contains("POST /public/sign-in.xhtml account=-"));
    assertFalse(Files.readString(LOG, StandardCharsets.UTF_8).contains("log-marker"));
  }

  /** Server log lines are written asynchronously: wait up to 20 s for one. */
  private static String awaitLine(Predicate<String> wanted)
      throws IOException, InterruptedException {
    for (int i = 0; i < 100; i++) {
      for (String line : Files.readAllLines(LOG, StandardCharsets.UTF_8)) {
        if (wanted.test(line)) {
          return line;
        }
      }
      Thread.sleep(200);
    }
    throw new AssertionError("no such line in " + LOG);
  }
}
