package org.securevote.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** An admin invites, deactivates and reactivates staff on /admin/staff.xhtml (real SMTP). */
class StaffPagesIT {
  @RegisterExtension
  static final GreenMailExtension MAIL =
      new GreenMailExtension(
          new ServerSetup(Integer.getInteger("it.smtp.port", 20025), "127.0.0.1", "smtp"));

  private static final String PASSWORD = "auditor password for tests";

  @Test
  void anInvitedAuditorActivatesSignsInAndIsShutOutOnceDeactivated() throws Exception {
    WebSession admin = signedInAdmin();
    String email = fresh("auditor");

    HttpResponse<String> invited = invite(admin, email, "Ada Auditor", "AUDITOR");
    assertEquals(200, invited.statusCode(), invited.body());
    assertTrue(messages(invited).contains("emailed to " + email), messages(invited));
    assertTrue(row(invited.body(), email).text().contains("pending"), invited.body());

    String mail = mailTo(email);
    assertTrue(mail.contains("as an Auditor"), "says which role: " + mail);
    assertTrue(mail.contains(Deployed.adminEmail()), "says who invited: " + mail);
    Matcher link = ActivationIT.LINK.matcher(mail);
    assertTrue(link.find(), mail);

    String token = link.group(1).substring(link.group(1).indexOf("token=") + 6);
    assertEquals(
        List.of("staff.invite|" + email + ": invited as Auditor"),
        trail(
            "select action || '|' || detail from audit_entry where subject = ?",
            "account:" + email));
    assertEquals(
        List.of(),
        trail(
            "select detail from audit_entry where strpos(subject || detail || action, ?) > 0",
            token),
        "the token is nowhere in the trail");

    WebSession auditor = new WebSession();
    HttpResponse<String> chosen = choosePassword(auditor, URI.create(link.group(1)));
    assertEquals(302, chosen.statusCode(), chosen.body());
    assertEquals(410, new WebSession().get(URI.create(link.group(1))).statusCode(), "used up");

    HttpResponse<String> signedIn = auditor.signIn(email, PASSWORD);
    assertEquals(302, signedIn.statusCode(), signedIn.body());
    HttpResponse<String> audit = auditor.get("/audit/index.xhtml");
    assertEquals(200, audit.statusCode());
    assertEquals(403, auditor.get("/admin/staff.xhtml").statusCode(), "an auditor is no admin");
    assertTrue(row(admin.get("/admin/staff.xhtml").body(), email).text().contains("active"));

    HttpResponse<String> deactivated = press(admin, email, "Deactivate");
    assertEquals(200, deactivated.statusCode());
    assertTrue(messages(deactivated).contains(email + " can no longer sign in"));
    assertTrue(row(deactivated.body(), email).text().contains("deactivated"));

    HttpResponse<String> next = auditor.get("/audit/index.xhtml");
    assertEquals(302, next.statusCode(), "the open session ends on its next request");
    assertTrue(next.headers().firstValue("Location").orElseThrow().contains("/public/sign-in"));
    HttpResponse<String> again = new WebSession().signIn(email, PASSWORD);
    assertFalse(again.statusCode() == 302, "no sign-in");
    assertTrue(messages(again).contains("Email or password is not correct."), messages(again));

    press(admin, email, "Reactivate");
    assertEquals(302, new WebSession().signIn(email, PASSWORD).statusCode(), "reactivated");
  }

  @Test
  void invitingAnAddressThatHasAnAccountIsRefusedWithAMessage() {
    WebSession admin = signedInAdmin();
    String voter = TestAccounts.create("VOTER", "voter password for tests");

    HttpResponse<String> refused = invite(admin, voter, "Not a voter", "ADMIN");

    assertEquals(409, refused.statusCode());
    assertTrue(messages(refused).contains(voter + " already has an account"), refused.body());
    assertTrue(
        Jsoup.parse(refused.body()).select("#staff\\:members tr").stream()
            .noneMatch(tr -> tr.text().contains(voter)),
        "a voter does not become staff");
  }

  @Test
  void aForgedRoleIsRefusedAndNobodyIsInvited() throws Exception {
    WebSession admin = signedInAdmin();
    String email = fresh("forged");

    HttpResponse<String> refused = invite(admin, email, "Forged", "VOTER");

    assertEquals(400, refused.statusCode(), refused.body());
    assertEquals(0, update("update account set active = active where email = ?", email));
  }

  @Test
  void aWithdrawnAdministratorRoleStopsWorkingInTheOpenSession() throws Exception {
    String password = "demoted admin password";
    String demoted = TestAccounts.create("ADMIN", password);
    assertEquals(
        1,
        update(
            "insert into account_role (account_id, role)"
                + " select id, 'AUDITOR' from account where email = ?",
            demoted));
    WebSession session = new WebSession();
    session.signIn(demoted, password);
    assertEquals(200, session.get("/admin/index.xhtml").statusCode());
    WebSession admin = signedInAdmin();

    HttpResponse<String> withdrawn = press(admin, demoted, "Withdraw administrator role");
    assertTrue(messages(withdrawn).contains(demoted + " is no longer an Administrator"));

    HttpResponse<String> next = session.get("/admin/index.xhtml");
    assertEquals(302, next.statusCode(), "the session signed in as admin ends");
    WebSession again = new WebSession();
    again.signIn(demoted, password);
    assertEquals(403, again.get("/admin/index.xhtml").statusCode());
    assertEquals(200, again.get("/audit/index.xhtml").statusCode(), "still an auditor");
  }

  @Test
  void votersAndAuditorsCannotReachTheStaffPage() {
    for (String role : new String[] {"VOTER", "AUDITOR", "TRUSTEE"}) {
      String email = TestAccounts.create(role, "password of a " + role);
      WebSession session = new WebSession();
      assertEquals(302, session.signIn(email, "password of a " + role).statusCode());
      HttpResponse<String> page = session.get("/admin/staff.xhtml");
      assertEquals(403, page.statusCode(), role);
      assertFalse(page.body().contains("Invite someone"), role);
    }
  }

  private static String fresh(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
  }

  /** Runs an update on the account with this email in the test database; the rows it touched. */
  private static int update(String statement, String email) throws SQLException {
    try (Connection db = DriverManager.getConnection(Deployed.dbUrl(), Deployed.dbUser(), "");
        PreparedStatement update = db.prepareStatement(statement)) {
      update.setString(1, email);
      return update.executeUpdate();
    }
  }

  /** One text column of the audit trail's rows that the statement selects for the argument. */
  private static List<String> trail(String select, String argument) throws SQLException {
    try (Connection db = DriverManager.getConnection(Deployed.dbUrl(), Deployed.dbUser(), "");
        PreparedStatement query = db.prepareStatement(select)) {
      query.setString(1, argument);
      List<String> rows = new ArrayList<>();
      try (ResultSet found = query.executeQuery()) {
        while (found.next()) {
          rows.add(found.getString(1));
        }
      }
      return rows;
    }
  }

  private static WebSession signedInAdmin() {
    WebSession admin = new WebSession();
    admin.signIn(Deployed.adminEmail(), Deployed.adminPassword());
    return admin;
  }

  private static HttpResponse<String> invite(
      WebSession admin, String email, String name, String role) {
    return admin.submit(
        admin.get("/admin/staff.xhtml").body(),
        "invite",
        Map.of(
            "invite:email", email,
            "invite:name", name,
            "invite:role", role,
            "invite:submit", "Send invitation"));
  }

  private static HttpResponse<String> press(WebSession admin, String email, String label) {
    String page = admin.get("/admin/staff.xhtml").body();
    Element button = row(page, email).selectFirst("input[value=" + label + "]");
    return admin.submit(page, "staff", Map.of(button.attr("name"), button.attr("value")));
  }

  private static Element row(String page, String email) {
    return Jsoup.parse(page).select("#staff\\:members tr").stream()
        .filter(tr -> tr.text().contains(email))
        .findFirst()
        .orElseThrow(() -> new AssertionError(email + " not on the staff page: " + page));
  }

  private static String mailTo(String email) throws Exception {
    long deadline = System.currentTimeMillis() + 10_000;
    while (System.currentTimeMillis() < deadline) {
      for (MimeMessage message : MAIL.getReceivedMessages()) {
        if (email.equals(message.getAllRecipients()[0].toString())) {
          return message.getSubject()
              + "\n"
              + GreenMailUtil.getBody(message).replace("=\r\n", "").replace("=3D", "=");
        }
      }
      Thread.sleep(100);
    }
    throw new AssertionError("no mail to " + email);
  }

  private static HttpResponse<String> choosePassword(WebSession session, URI link) {
    return session.submit(
        session.get(link).body(),
        "activate",
        Map.of(
            "activate:password", PASSWORD,
            "activate:repeated", PASSWORD,
            "activate:submit", "Set my password"));
  }

  private static String messages(HttpResponse<String> page) {
    Element messages = Jsoup.parse(page.body()).getElementById("messages");
    return messages == null ? "" : messages.text();
  }
}
