package org.securevote.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.securevote.tools.format.TrailCsv;
import org.securevote.tools.format.TrailRow;
import org.securevote.tools.verify.TrailCheck;

/**
 * An auditor checks the trail on their page, downloads it and checks the file offline with the
 * published key, as verify-trail does; a copy changed afterwards fails that check.
 */
class AuditTrailExportIT {
  private static final String PASSWORD = "audit-trail-export-pw";

  /**
   * Admin work until the trail holds a checkpoint between election steps (the test domain signs
   * every 7th entry), so these tests need no other test before them.
   */
  static void someAuditedWork() {
    WebSession admin = new WebSession();
    admin.signIn(Deployed.adminEmail(), Deployed.adminPassword());
    while (admin.get("/admin/audit-trail.csv").body().lines().count() <= 8) {
      AdminPages.draftElection(admin);
    }
  }

  private static WebSession auditor() {
    WebSession session = new WebSession();
    session.signIn(TestAccounts.create("AUDITOR", PASSWORD), PASSWORD);
    return session;
  }

  private static String publishedKey() {
    HttpResponse<String> key = new WebSession().get("/api/public/audit/key");
    assertEquals(200, key.statusCode(), key.body());
    assertTrue(key.body().matches("[0-9a-f]{64}"), key.body());
    return key.body();
  }

  @Test
  void theAuditorsPageChecksTheTrailAndShowsTheKeyItChecksWith() {
    WebSession auditor = auditor();
    String page = auditor.get("/audit/index.xhtml").body();
    assertFalse(page.contains("id=\"notYet\""), page);
    assertEquals(publishedKey(), Jsoup.parse(page).getElementById("trailKey").text());
    HttpResponse<String> checked =
        auditor.submit(page, "checkTrail", Map.of("checkTrail:check", "Check the audit trail"));
    assertEquals(200, checked.statusCode(), checked.body());
    Document verdict = Jsoup.parse(checked.body());
    assertTrue(
        verdict.getElementById("verdict").text().startsWith("The trail is intact:"),
        verdict.getElementById("verdict").text());
  }

  @Test
  void theDownloadedTrailChecksOutOfflineAndAChangedCopyDoesNot() throws IOException {
    someAuditedWork();
    WebSession auditor = auditor();
    HttpResponse<String> csv = auditor.get("/audit/trail.csv");
    assertEquals(200, csv.statusCode(), csv.body());
    assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
    assertEquals(
        "attachment; filename=\"audit-trail.csv\"",
        csv.headers().firstValue("Content-Disposition").orElse(""));
    String key = publishedKey();

    TrailCheck check = TrailCheck.of(new StringReader(csv.body()), key);
    assertTrue(check.ok(), check.verdicts().toString());
    assertTrue(check.entries() > 0);
    assertTrue(check.checkpoints() > 0, "the test domain signs every 7th entry");

    List<TrailRow> rows = new ArrayList<>();
    TrailCsv.read(new StringReader(csv.body()), rows::add);
    int middle = rows.size() / 2;
    TrailRow r = rows.get(middle);
    rows.set(
        middle,
        new TrailRow(
            r.seq(),
            r.recordedAt(),
            r.actor(),
            r.action(),
            r.subject(),
            r.detail() + " (edited)",
            r.prevHash(),
            r.hash(),
            r.checkpointSignature()));
    StringWriter changed = new StringWriter();
    try (TrailCsv.Out out = new TrailCsv.Out(changed)) {
      rows.forEach(out::write);
    }
    TrailCheck broken = TrailCheck.of(new StringReader(changed.toString()), key);
    assertFalse(broken.ok());
    assertEquals(r.seq(), broken.firstBreak().orElseThrow().seq());
    assertEquals(TrailCheck.HASHES, broken.firstBreak().orElseThrow().check());
  }

  @Test
  void adminsDownloadTheTrailTooButOtherRolesAndStrangersDoNot() {
    WebSession admin = new WebSession();
    admin.signIn(Deployed.adminEmail(), Deployed.adminPassword());
    HttpResponse<String> forAdmin = admin.get("/admin/audit-trail.csv");
    assertEquals(200, forAdmin.statusCode());
    assertTrue(forAdmin.body().startsWith(String.join(",", TrailCsv.COLUMNS)));

    WebSession trustee = new WebSession();
    trustee.signIn(TestAccounts.create("TRUSTEE", PASSWORD), PASSWORD);
    assertEquals(403, trustee.get("/audit/trail.csv").statusCode());
    assertEquals(403, trustee.get("/admin/audit-trail.csv").statusCode());

    HttpResponse<String> stranger = new WebSession().get("/audit/trail.csv");
    assertFalse(stranger.body().startsWith("seq,"), stranger.body());
  }
}
