package org.securevote.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The application's gauges in Prometheus format at /metrics, and that they move. */
class MetricsIT {
  private static final DateTimeFormatter FIELD = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

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
          "secure_vote_suspicious_events"
        }) {
      assertTrue(
          Pattern.compile("^" + name + "\\{", Pattern.MULTILINE).matcher(metrics).find(),
          name + " missing from:\n" + metrics);
    }
    assertTrue(metrics.contains("reason=\"double_vote\""), metrics);
  }

  @Test
  void auditChainLengthGrowsWhenAnAdminActs() {
    long before = value("secure_vote_audit_chain_length");
    WebSession admin = new WebSession();
    admin.signIn(Deployed.adminEmail(), Deployed.adminPassword());
    LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
    HttpResponse<String> created =
        admin.submit(
            admin.get("/admin/elections.xhtml").body(),
            "create",
            Map.of(
                "create:title",
                "Metrics " + UUID.randomUUID(),
                "create:opensAt",
                FIELD.format(now.plusDays(1)),
                "create:closesAt",
                FIELD.format(now.plusDays(2)),
                "create:ballotType",
                "SINGLE_CHOICE",
                "create:submit",
                "Create election"));
    assertEquals(302, created.statusCode(), created.body());

    assertTrue(value("secure_vote_audit_chain_length") > before);
  }

  private static String scrape() {
    return new WebSession().get("/metrics?scope=application").body();
  }

  private static long value(String name) {
    Matcher m =
        Pattern.compile("^" + name + "\\{[^}]*\\} ([0-9.E]+)", Pattern.MULTILINE).matcher(scrape());
    assertTrue(m.find(), name + " missing");
    return (long) Double.parseDouble(m.group(1));
  }
}
