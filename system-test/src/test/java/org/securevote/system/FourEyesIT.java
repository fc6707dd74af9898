package org.securevote.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * One admin alone cannot take over a voter's account during an election: a new email address or a
 * new password link waits for a second staff member, the voter's address is told, and a moved
 * account confirms a fresh code before it casts (real Payara, PostgreSQL and SMTP).
 */
class FourEyesIT {
  @RegisterExtension
  static final GreenMailExtension MAIL =
      new GreenMailExtension(
          new ServerSetup(Integer.getInteger("it.smtp.port", 20025), "127.0.0.1", "smtp"));

  private static final String PASSWORD = "four-eyes-voter-password";
  private static final String STAFF_PASSWORD = "four-eyes-staff-password";
  private static final Pattern LINK =
      Pattern.compile("(https?://\\S+/public/activate\\.xhtml\\?token=\\S+)");
  private static final Pattern CODE = Pattern.compile("Your code is (\\d{6})");

  @Test
  void oneAdminAloneCannotGetABallotCastForAVoter() throws Exception {
    WebSession admin = signedIn(Deployed.adminEmail(), Deployed.adminPassword());
    String[] voter = voter();
    String election = AdminPages.openElection(admin, voter[0]);
    String attacker = "taker-" + UUID.randomUUID() + "@example.org";

    // The admin points the voter's account at an address they control: only a request.
    String edited = messages(AdminPages.submitEmail(admin, voter[0], attacker));
    assertTrue(edited.contains("waits for a second staff member"), edited);
    assertEquals(voter[1], emailOf(voter[0]), "nothing applied");
    assertEquals(List.of("EMAIL:PENDING"), requests(voter[0]));
    String noticeOfRequest = onlyMailTo(voter[1], "was requested");
    assertTrue(noticeOfRequest.contains(voter[0]) && noticeOfRequest.contains(attacker));

    // Re-issuing the password link alone is a request too; no link is mailed to anyone.
    String linked = messages(AdminPages.pressOnVoterRow(admin, voter[0], "Send password link"));
    assertTrue(linked.contains("waits for a second staff member"), linked);
    assertEquals(List.of("EMAIL:PENDING", "PASSWORD_LINK:PENDING"), requests(voter[0]));
    assertEquals(2, mailsTo(voter[1]).size(), "a notice of each request");
    assertTrue(mailsTo(attacker).isEmpty());
    assertTrue(mailsTo(voter[1]).stream().noneMatch(m -> m.contains("token=")), "no secret");

    // The same admin sees their requests but cannot decide them.
    HttpResponse<String> own = admin.get("/admin/approvals.xhtml");
    assertEquals(200, own.statusCode());
    Element ownRow = approvalRow(own.body(), voter[0], "email to " + attacker);
    assertTrue(ownRow.text().contains("You asked for this"), ownRow.text());
    assertNull(ownRow.selectFirst("input[value=Approve]"), "no approve button for the requester");

    // A second admin approves both: the change is made, the old address is told.
    WebSession second = signedIn(TestAccounts.create("ADMIN", STAFF_PASSWORD), STAFF_PASSWORD);
    String approved = messages(decide(second, "/admin/approvals.xhtml", voter[0], "email to "));
    assertTrue(approved.contains("Approved"), approved);
    assertEquals(attacker, emailOf(voter[0]));
    assertFalse(verified(voter[0]), "the earlier code confirmation no longer counts");
    String noticeOfChange = onlyMailTo(voter[1], "was changed");
    assertTrue(noticeOfChange.contains(attacker) && !noticeOfChange.contains("token="));
    decide(second, "/admin/approvals.xhtml", voter[0], "new password link");
    assertEquals(List.of("EMAIL:APPLIED", "PASSWORD_LINK:APPLIED"), requests(voter[0]));

    // Even then, the new address must confirm a fresh code before its ballot counts.
    URI link = linkIn(onlyMailTo(attacker, "Choose your Secure Vote password"));
    choosePassword(link, "the taker's own password");
    WebSession taker = signedIn(attacker, "the taker's own password");
    String ballot = ApiBallots.encrypt(taker, election, 0);
    HttpResponse<String> refused = ApiBallots.post(taker, election, ballot);
    assertEquals(403, refused.statusCode(), refused.body());
    assertTrue(refused.body().contains("Confirm your email address"), refused.body());
    confirmCode(taker, attacker);
    assertEquals(201, ApiBallots.post(taker, election, ballot).statusCode());

    // The trail names the voter and each change, and holds no token or password.
    List<String> trail = trail(voter[0]);
    assertTrue(
        trail.containsAll(
            List.of(
                "voter.update|voter " + voter[0] + ": email change requested",
                "voter.activation-sent|voter " + voter[0] + ": password link re-issue requested",
                "voter.change-approved|voter "
                    + voter[0]
                    + ": email changed (asked by "
                    + Deployed.adminEmail()
                    + ")",
                "voter.change-approved|voter "
                    + voter[0]
                    + ": password link re-issued (asked by "
                    + Deployed.adminEmail()
                    + ")")),
        trail.toString());
    assertTrue(
        trail.stream()
            .noneMatch(
                e ->
                    e.contains("token")
                        || e.contains(PASSWORD)
                        || e.contains("the taker's own password")));
  }

  @Test
  void anAuditorRefusesARequestOnTheAuditPageAndNothingChanges() throws Exception {
    WebSession admin = signedIn(Deployed.adminEmail(), Deployed.adminPassword());
    String[] voter = voter();
    AdminPages.openElection(admin, voter[0]);
    String other = "other-" + UUID.randomUUID() + "@example.org";
    AdminPages.submitEmail(admin, voter[0], other);
    String auditorEmail = TestAccounts.create("AUDITOR", STAFF_PASSWORD);
    WebSession auditor = signedIn(auditorEmail, STAFF_PASSWORD);
    assertEquals(403, auditor.get("/admin/voters.xhtml").statusCode(), "an auditor cannot ask");

    String refused = messages(decide(auditor, "/audit/approvals.xhtml", voter[0], "email to "));

    assertTrue(refused.contains("Refused"), refused);
    assertEquals(voter[1], emailOf(voter[0]));
    assertTrue(verified(voter[0]));
    assertEquals(List.of("EMAIL:REFUSED"), requests(voter[0]));
    String notice = onlyMailTo(voter[1], "was refused");
    assertTrue(notice.contains("Nothing changed"), notice);
    assertTrue(
        trail(voter[0])
            .contains(
                "voter.change-refused|voter "
                    + voter[0]
                    + ": email change refused"
                    + " (asked by "
                    + Deployed.adminEmail()
                    + ")"),
        trail(voter[0]).toString());
    assertFalse(
        Jsoup.parse(auditor.get("/audit/approvals.xhtml").body()).text().contains(voter[0]),
        "decided requests leave the list");
  }

  @Test
  void outsideAScheduledOrOpenElectionOneAdminStillCan() throws Exception {
    WebSession admin = signedIn(Deployed.adminEmail(), Deployed.adminPassword());
    String[] voter = voter();
    String moved = "moved-" + UUID.randomUUID() + "@example.org";

    String edited = messages(AdminPages.submitEmail(admin, voter[0], moved));

    assertTrue(edited.contains("Voter updated."), edited);
    assertEquals(moved, emailOf(voter[0]));
    assertTrue(requests(voter[0]).isEmpty());
    assertFalse(verified(voter[0]), "a changed address confirms a new code before any ballot");
    assertTrue(onlyMailTo(voter[1], "was changed").contains(moved));
    String linked = messages(AdminPages.pressOnVoterRow(admin, voter[0], "Send password link"));
    assertTrue(linked.contains("was emailed"), linked);
    linkIn(onlyMailTo(moved, "Choose your Secure Vote password"));
    AdminPages.pressOnVoterRow(admin, voter[0], "Deactivate");
    assertEquals(
        List.of(
            "voter.update|voter " + voter[0] + ": email changed",
            "voter.activation-sent|voter " + voter[0] + ": password link re-issued",
            "voter.deactivate|voter " + voter[0] + ": deactivated"),
        trail(voter[0]));
  }

  /** A verified voter with a password: {voter ID, email}. */
  private static String[] voter() {
    return TestAccounts.createVoter(PASSWORD);
  }

  private static WebSession signedIn(String email, String password) {
    WebSession session = new WebSession();
    assertEquals(302, session.signIn(email, password).statusCode(), email);
    return session;
  }

  private static Element approvalRow(String html, String ref, String change) {
    return Jsoup.parse(html).select("#approvals\\:pending tr").stream()
        .filter(tr -> tr.text().contains(ref) && tr.text().contains(change))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no request " + change + " for " + ref));
  }

  /** Presses Approve (admins' page) or Refuse (auditors' page) on the voter's request. */
  private static HttpResponse<String> decide(
      WebSession staff, String page, String ref, String change) {
    String html = staff.get(page).body();
    String label = page.startsWith("/admin") ? "Approve" : "Refuse";
    Element button = approvalRow(html, ref, change).selectFirst("input[value=" + label + "]");
    return staff.submit(html, "approvals", Map.of(button.attr("name"), button.attr("value")));
  }

  private static List<String> mailsTo(String address) throws Exception {
    List<String> bodies = new ArrayList<>();
    for (MimeMessage m : MAIL.getReceivedMessages()) {
      if (Arrays.stream(m.getAllRecipients()).anyMatch(r -> r.toString().equals(address))) {
        bodies.add(
            m.getSubject()
                + "\n"
                + GreenMailUtil.getBody(m).replace("=\r\n", "").replace("=3D", "="));
      }
    }
    return bodies;
  }

  private static String onlyMailTo(String address, String containing) throws Exception {
    List<String> found = mailsTo(address).stream().filter(b -> b.contains(containing)).toList();
    assertEquals(1, found.size(), address + " got " + mailsTo(address));
    return found.get(0);
  }

  private static URI linkIn(String mail) {
    Matcher m = LINK.matcher(mail);
    assertTrue(m.find(), mail);
    return URI.create(m.group(1));
  }

  private static void choosePassword(URI link, String password) {
    WebSession session = new WebSession();
    HttpResponse<String> done =
        session.submit(
            session.get(link).body(),
            "activate",
            Map.of(
                "activate:password",
                password,
                "activate:repeated",
                password,
                "activate:submit",
                "Set my password"));
    assertEquals(302, done.statusCode(), done.body());
  }

  private static void confirmCode(WebSession session, String email) throws Exception {
    session.submit(
        session.get("/vote/verify.xhtml").body(), "send", Map.of("send:submit", "Email me a code"));
    Matcher m = CODE.matcher(onlyMailTo(email, "Your code is"));
    assertTrue(m.find());
    HttpResponse<String> confirmed =
        session.submit(
            session.get("/vote/verify.xhtml").body(),
            "verify",
            Map.of("verify:code", m.group(1), "verify:submit", "Confirm"));
    assertEquals(302, confirmed.statusCode(), messages(confirmed));
  }

  private static String messages(HttpResponse<String> page) {
    Element messages = Jsoup.parse(page.body()).getElementById("messages");
    return messages == null ? "" : messages.text();
  }

  private static String emailOf(String ref) throws Exception {
    return query(
            "select a.email from account a join voter v on v.account_id = a.id"
                + " where v.voter_ref = ?",
            ref)
        .get(0);
  }

  private static boolean verified(String ref) throws Exception {
    return query("select verified_at is not null from voter where voter_ref = ?", ref)
        .get(0)
        .equals("t");
  }

  /** The voter's change requests as KIND:STATUS, oldest first. */
  private static List<String> requests(String ref) throws Exception {
    return query(
        "select c.kind || ':' || c.status from credential_change c join voter v on"
            + " v.account_id = c.account_id where v.voter_ref = ? order by c.requested_at, c.kind",
        ref);
  }

  /** The audit entries about the voter as action|detail, in order. */
  private static List<String> trail(String ref) throws Exception {
    return query(
        "select action || '|' || detail from audit_entry where subject = ? order by seq",
        "voter:" + ref);
  }

  private static List<String> query(String select, String parameter) throws Exception {
    try (Connection db = DriverManager.getConnection(Deployed.dbUrl(), Deployed.dbUser(), "");
        PreparedStatement q = db.prepareStatement(select)) {
      q.setString(1, parameter);
      List<String> rows = new ArrayList<>();
      try (ResultSet r = q.executeQuery()) {
        while (r.next()) {
          rows.add(r.getString(1));
        }
      }
      return rows;
    }
  }
}
