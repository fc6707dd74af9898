package org.securevote.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Auditors (and admins) browse the audit trail by GET filters, 50 entries a page by keyset, and the
 * suspicious events; bad filters are a 400 that names them; voters are kept out.
 */
class AuditPagesIT {
  private static final int CANDIDATES = 55;
  private static String election;

  @BeforeAll
  static void anElectionWithMoreCandidateEntriesThanAPage() {
    WebSession admin = new WebSession();
    admin.signIn(Deployed.adminEmail(), Deployed.adminPassword());
    List<String> names =
        IntStream.rangeClosed(1, CANDIDATES).mapToObj(i -> "Candidate " + i).toList();
    election = AdminPages.openElection(admin, names);
  }

  @Test
  void anAuditorFiltersTheTrailByActionAndElectionAndPagesThroughIt() {
    WebSession auditor = auditor();
    String filtered = "/audit/trail.xhtml?action=candidate.add&election=" + election;

    HttpResponse<String> first = auditor.get(filtered);

    assertEquals(200, first.statusCode(), first.body());
    Document page = Jsoup.parse(first.body());
    List<Element> rows = page.select("#entries tbody tr");
    assertEquals(50, rows.size());
    for (Element row : rows) {
      assertEquals("candidate.add", row.child(3).text());
      assertEquals("election:" + election, row.child(4).text());
    }
    long newest = seq(rows.get(0));
    assertTrue(newest > seq(rows.get(49)), "newest first");
    assertNull(page.getElementById("newer"), "nothing newer than the newest page");
    assertTrue(page.getElementById("electionStage").text().contains("open"));
    assertTrue(page.getElementById("boardLink").attr("href").contains("election=" + election));

    Element olderLink = page.getElementById("older");
    assertNotNull(olderLink, first.body());
    String older = olderLink.attr("href");
    assertTrue(older.contains("older=" + seq(rows.get(49))), older);
    assertTrue(older.contains("action=candidate.add") && older.contains("election=" + election));
    Document second = Jsoup.parse(auditor.get(Deployed.url("/").resolve(older)).body());
    List<Element> rest = second.select("#entries tbody tr");
    assertEquals(CANDIDATES - 50, rest.size());
    assertTrue(
        seq(rest.get(0)) < seq(rows.get(49)), "the older page continues where the first ended");
    assertNull(second.getElementById("older"), "the oldest page has no older one");

    String newer = second.getElementById("newer").attr("href");
    Document back = Jsoup.parse(auditor.get(Deployed.url("/").resolve(newer)).body());
    assertEquals(newest, seq(back.select("#entries tbody tr").get(0)), "newer leads back");
  }

  @Test
  void anAuditorFiltersTheTrailByActionAlone() {
    HttpResponse<String> created = auditor().get("/audit/trail.xhtml?action=election.create");

    assertEquals(200, created.statusCode());
    List<Element> rows = Jsoup.parse(created.body()).select("#entries tbody tr");
    assertFalse(rows.isEmpty());
    assertTrue(rows.stream().allMatch(r -> r.child(3).text().equals("election.create")));
  }

  @Test
  void filtersThatCannotBeReadAreA400NamingThem() {
    WebSession auditor = auditor();
    assertRefused(auditor, "/audit/trail.xhtml?from=yesterday", "is not a date and time");
    assertRefused(auditor, "/audit/trail.xhtml?to=2026-13-45T99:00", "is not a date and time");
    assertRefused(
        auditor,
        "/audit/trail.xhtml?from=2026-12-02T10:00&to=2026-12-01T10:00",
        "From must be before To");
    assertRefused(auditor, "/audit/trail.xhtml?actor=" + "a".repeat(5000), "at most 254");
    assertRefused(auditor, "/audit/trail.xhtml?election=1%27%20or%201=1", "election id");
    assertRefused(auditor, "/audit/trail.xhtml?older=9e99", "whole number");
    assertRefused(auditor, "/audit/suspicious.xhtml?newer=-3", "whole number");
    assertRefused(auditor, "/audit/suspicious.xhtml?reason=" + "r".repeat(500), "at most 64");
  }

  @Test
  void theTimeRangeIsReadInTheViewersZone() {
    WebSession auditor = auditor();
    auditor.cookie("tz", "Pacific%2FKiritimati"); // UTC+14: the next UTC day has started there
    String today = java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString();

    HttpResponse<String> fromMidnightUtc =
        auditor.get("/audit/trail.xhtml?from=" + today + "T00:00");

    assertEquals(200, fromMidnightUtc.statusCode());
    assertTrue(fromMidnightUtc.body().contains("Pacific/Kiritimati"), "the page names the zone");
    assertFalse(
        Jsoup.parse(fromMidnightUtc.body()).select("#entries tbody tr").isEmpty(),
        "14 hours before midnight UTC took in today's entries");
  }

  @Test
  void suspiciousEventsAreFilteredByAccountAndReasonAndPaged() throws Exception {
    String account = "suspect-" + UUID.randomUUID() + "@example.org";
    suspiciousEvents(account, "double-vote", 53);
    suspiciousEvents(account, "not-on-roll", 1);
    WebSession auditor = auditor();

    HttpResponse<String> page =
        auditor.get(
            "/audit/suspicious.xhtml?reason=double-vote&account="
                + URLEncoder.encode(account, StandardCharsets.UTF_8));

    assertEquals(200, page.statusCode(), page.body());
    Document shown = Jsoup.parse(page.body());
    List<Element> rows = shown.select("#events tbody tr");
    assertEquals(50, rows.size());
    assertTrue(rows.stream().allMatch(r -> r.child(2).text().equals("double-vote")));
    assertTrue(rows.stream().allMatch(r -> r.child(3).text().equals(account)));
    assertEquals("double-vote", shown.select("#reason option[selected]").val());
    String older = shown.getElementById("older").attr("href");
    Document next = Jsoup.parse(auditor.get(Deployed.url("/").resolve(older)).body());
    assertEquals(3, next.select("#events tbody tr").size(), "the rest of the 53");
  }

  /** Events as the application records them; their table is no chain, so a test may add rows. */
  static void suspiciousEvents(String account, String reason, int count) throws SQLException {
    try (Connection db = DriverManager.getConnection(Deployed.dbUrl(), Deployed.dbUser(), "");
        PreparedStatement insert =
            db.prepareStatement(
                "insert into suspicious_event (recorded_at, reason, account, detail)"
                    + " select now(), ?, ?, 'test event ' || g from generate_series(1, ?) g")) {
      insert.setString(1, reason);
      insert.setString(2, account);
      insert.setInt(3, count);
      insert.executeUpdate();
    }
  }

  @Test
  void adminsReadTheTrailButVotersAreRefused() {
    WebSession admin = new WebSession();
    admin.signIn(Deployed.adminEmail(), Deployed.adminPassword());
    assertEquals(200, admin.get("/audit/trail.xhtml").statusCode());
    assertEquals(200, admin.get("/audit/suspicious.xhtml").statusCode());
    assertEquals(403, admin.get("/audit/index.xhtml").statusCode(), "the rest stays the auditor's");

    WebSession voter = new WebSession();
    voter.signIn(TestAccounts.createVoter("voter-password-12")[1], "voter-password-12");
    assertEquals(403, voter.get("/audit/trail.xhtml?election=" + election).statusCode());
    assertEquals(403, voter.get("/audit/suspicious.xhtml").statusCode());
    assertEquals(302, new WebSession().get("/audit/trail.xhtml").statusCode(), "to sign-in");
  }

  private static WebSession auditor() {
    String password = "auditor-password-12";
    WebSession auditor = new WebSession();
    auditor.signIn(TestAccounts.create("AUDITOR", password), password);
    return auditor;
  }

  private static void assertRefused(WebSession session, String path, String message) {
    HttpResponse<String> refused = session.get(path);
    assertEquals(400, refused.statusCode(), path);
    Element messages = Jsoup.parse(refused.body()).getElementById("messages");
    assertNotNull(messages, refused.body());
    assertTrue(messages.text().contains(message), messages.text());
    assertFalse(refused.body().contains("Exception"), "no stack trace");
  }

  private static long seq(Element row) {
    return Long.parseLong(row.child(0).text());
  }
}
