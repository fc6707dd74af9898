package org.securevote.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The application's gauges in Prometheus format at /metrics, and that they move. */
class MetricsIT {

  @Test
  void applicationGaugesAppear() {
    String metrics = scrape();
    for (String name :
        new String[] {
          "secure_vote_elections_open",
          "secure_vote_elections_open_seconds",
          "secure_vote_audit_chain_length",
          "secure_vote_tally_duration_seconds",
          "secure_vote_double_vote_attempts",
          "secure_vote_suspicious_events",
          "secure_vote_sign_ins_total",
          "secure_vote_otp_sent_total",
          "secure_vote_otp_send_failures_total",
          "secure_vote_otp_rejected_total",
          "secure_vote_otp_confirmed_total",
          "secure_vote_request_duration_seconds_count",
          "secure_vote_request_duration_seconds_bucket",
          "secure_vote_responses_total",
          "secure_vote_slow_requests_total"
        }) {
      assertTrue(
          Pattern.compile("^" + name + "\\{", Pattern.MULTILINE).matcher(metrics).find(),
          name + " missing from:\n" + metrics);
    }
    for (String reason :
        new String[] {
          "double_vote", "not_on_roll", "outside_network", "request_burst", "error_burst"
        }) {
      assertTrue(metrics.contains("reason=\"" + reason + "\""), reason + " missing");
    }
    for (String group : new String[] {"public", "vote", "admin", "audit", "api"}) {
      assertTrue(metrics.contains("group=\"" + group + "\""), group + " missing");
    }
  }

  @Test
  void databasePoolUsageAppearsAndRecordsUse() {
    new WebSession().get("/public/elections.xhtml"); // reads the database through the pool
    String all = new WebSession().get("/metrics").body();
    double usedMax = sample(all, "secure_vote_db_pool_connections_used_max");
    double used = sample(all, "secure_vote_db_pool_connections_used");
    double free = sample(all, "secure_vote_db_pool_connections_free");
    double max = sample(all, "secure_vote_db_pool_connections_max");
    assertTrue(usedMax >= 1, "no connection was ever used:\n" + all);
    assertTrue(used >= 0 && free >= 1 && used + free <= max, used + " + " + free + " > " + max);
    assertEquals(32, max);
  }

  private static double sample(String metrics, String name) {
    Matcher m =
        Pattern.compile("^" + name + "\\{[^}]*\\} ([0-9.E]+)", Pattern.MULTILINE).matcher(metrics);
    assertTrue(m.find(), name + " missing");
    return Double.parseDouble(m.group(1));
  }

  @Test
  void requestTimerCountsEachRequestOfItsGroup() {
    String count = "secure_vote_request_duration_seconds_count";
    double before = Metrics.value(count, "group=\"public\"");
    new WebSession().get("/public/elections.xhtml");
    assertTrue(Metrics.value(count, "group=\"public\"") >= before + 1);
  }

  @Test
  void errorResponsesAreCountedByStatusClass() {
    String[] labels = {"group=\"public\"", "status_class=\"4xx\""};
    double before = Metrics.value("secure_vote_responses_total", labels);
    assertEquals(404, new WebSession().get("/public/no-such-page.xhtml").statusCode());
    assertEquals(before + 1, Metrics.value("secure_vote_responses_total", labels));
  }

  @Test
  void slowRequestIsCounted() {
    // The test domain calls 50 ms slow; a sign-in hashes the password 210,000 times.
    double before = Metrics.value("secure_vote_slow_requests_total", "group=\"public\"");
    new WebSession().signIn(Deployed.adminEmail(), Deployed.adminPassword());
    assertTrue(Metrics.value("secure_vote_slow_requests_total", "group=\"public\"") > before);
  }

  @Test
  void refusedNetworkMovesTheSuspiciousEventsGauge() {
    String label = "reason=\"outside_network\"";
    double before = Metrics.value("secure_vote_suspicious_events", label);
    String address = "198.51.100." + (1 + new java.util.Random().nextInt(250));
    String password = "metrics-voter-password";
    WebSession voter = new WebSession();
    voter.signIn(TestAccounts.createVoter(password)[1], password);
    assertEquals(403, FromAddress.get("127.0.0.2", "/vote/index.xhtml", voter, address));
    double after = Metrics.value("secure_vote_suspicious_events", label);
    assertTrue(after > before, before + " -> " + after + " for " + address);
  }

  @Test
  void electionLifecycleMovesItsGauges() throws Exception {
    String password = "metrics-lifecycle-pw";
    String[] voter = TestAccounts.createVoter(password);
    WebSession admin = new WebSession();
    admin.signIn(Deployed.adminEmail(), Deployed.adminPassword());
    double openBefore = Metrics.value("secure_vote_elections_open");
    double doubleVotesBefore = Metrics.value("secure_vote_double_vote_attempts");

    String id = AdminPages.openElection(admin, voter[0]);
    assertEquals(openBefore + 1, Metrics.value("secure_vote_elections_open"));
    assertTrue(Metrics.value("secure_vote_elections_open_seconds") >= 60, "opened a minute ago");

    WebSession session = new WebSession();
    session.signIn(voter[1], password);
    String origin = Deployed.url("/").toString().replaceAll("/$", "");
    for (int i = 0; i < 2; i++) {
      session.send(
          "POST",
          "/api/vote/elections/" + id + "/ballot",
          "application/json",
          ApiBallots.encrypt(session, id, 0),
          java.util.Map.of("Origin", origin));
    }
    // Per-election gauges are added by a task that looks for new elections every 5 s.
    String election = "election=\"" + id + "\"";
    for (int i = 0; i < 50 && Metrics.value("secure_vote_ballots_cast", election) == 0; i++) {
      Thread.sleep(200);
    }
    assertEquals(1, Metrics.value("secure_vote_ballots_cast", election));
    assertEquals(doubleVotesBefore + 1, Metrics.value("secure_vote_double_vote_attempts"));

    AdminPages.act(admin, id, "close");
    assertEquals(openBefore, Metrics.value("secure_vote_elections_open"));
    assertEquals(
        latestTallyMillis() / 1000.0, Metrics.value("secure_vote_tally_duration_seconds"), 1e-9);
  }

  private static long latestTallyMillis() throws java.sql.SQLException {
    try (var db = java.sql.DriverManager.getConnection(Deployed.dbUrl(), Deployed.dbUser(), "");
        var rows =
            db.createStatement()
                .executeQuery(
                    "select duration_millis from tally_report order by tallied_at desc limit 1")) {
      assertTrue(rows.next(), "no tally recorded");
      return rows.getLong(1);
    }
  }

  @Test
  void auditChainLengthGrowsWhenAnAdminActs() {
    long before = value("secure_vote_audit_chain_length");
    WebSession admin = new WebSession();
    admin.signIn(Deployed.adminEmail(), Deployed.adminPassword());
    AdminPages.draftElection(admin);

    assertTrue(value("secure_vote_audit_chain_length") > before);
  }

  private static String scrape() {
    return Metrics.scrape();
  }

  private static long value(String name) {
    return (long) Metrics.value(name);
  }
}
