package org.securevote.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A voter confirms the one-time code emailed to them (real SMTP, GreenMail). */
class VerificationIT {
  @RegisterExtension
  static final GreenMailExtension MAIL =
      new GreenMailExtension(
          new ServerSetup(Integer.getInteger("it.smtp.port", 20025), "127.0.0.1", "smtp"));

  private static final String PASSWORD = "verify-password";
  private static final Pattern CODE = Pattern.compile("Your code is (\\d{6})");

  @Test
  void theRightCodeConfirmsTheVoter() throws Exception {
    String[] voter = TestAccounts.createVoter(PASSWORD, false);
    WebSession session = signedIn(voter);
    assertTrue(session.get("/vote/").body().contains("confirm your email address"));
    double sentBefore = Metrics.value("secure_vote_otp_sent_total");
    double confirmedBefore = Metrics.value("secure_vote_otp_confirmed_total");

    String code = sendCode(session, voter[1]);
    HttpResponse<String> confirmed = confirm(session, code);

    assertEquals(302, confirmed.statusCode(), messages(confirmed));
    assertTrue(verified(voter[1]));
    assertEquals(sentBefore + 1, Metrics.value("secure_vote_otp_sent_total"));
    assertEquals(confirmedBefore + 1, Metrics.value("secure_vote_otp_confirmed_total"));
    assertFalse(session.get("/vote/").body().contains("id=\"verifyFirst\""));
  }

  @Test
  void theCodeIsInTheBodyOnlyNeverInTheSubjectThatLockScreensShow() throws Exception {
    String[] voter = TestAccounts.createVoter(PASSWORD, false);
    WebSession session = signedIn(voter);
    int before = MAIL.getReceivedMessages().length;

    String code = sendCode(session, voter[1]);

    String subject = MAIL.getReceivedMessages()[before].getSubject();
    assertFalse(subject.matches(".*\\d.*"), "a digit in the subject: " + subject);
    assertTrue(subject.contains("Secure Vote code"), subject);
    assertTrue(GreenMailUtil.getBody(MAIL.getReceivedMessages()[before]).contains(code));
  }

  @Test
  void fiveWrongCodesUseTheCodeUp() throws Exception {
    String[] voter = TestAccounts.createVoter(PASSWORD, false);
    WebSession session = signedIn(voter);
    String code = sendCode(session, voter[1]);
    String wrong = code.equals("000000") ? "111111" : "000000";
    double rejectedBefore = Metrics.value("secure_vote_otp_rejected_total");

    for (int left = 4; left > 0; left--) {
      String refused = messages(confirm(session, wrong));
      assertTrue(refused.contains(left + (left == 1 ? " try" : " tries") + " left"), refused);
    }
    assertTrue(messages(confirm(session, wrong)).contains("last try"));
    String afterwards = messages(confirm(session, code));

    assertTrue(afterwards.contains("Too many wrong codes"), afterwards);
    assertFalse(verified(voter[1]));
    assertEquals(rejectedBefore + 6, Metrics.value("secure_vote_otp_rejected_total"));
  }

  @Test
  void aCodeThatCannotBeDeliveredIsCountedAsAFailure() throws Exception {
    String[] voter = TestAccounts.createVoter(PASSWORD, false);
    WebSession session = signedIn(voter);
    double failuresBefore = Metrics.value("secure_vote_otp_send_failures_total");
    double sentBefore = Metrics.value("secure_vote_otp_sent_total");
    MAIL.stop(); // the SMTP server is down

    String refused = messages(pressSend(session));

    assertTrue(refused.contains("could not be sent"), refused);
    assertEquals(failuresBefore + 1, Metrics.value("secure_vote_otp_send_failures_total"));
    assertEquals(sentBefore, Metrics.value("secure_vote_otp_sent_total"));
    WebSession admin = new WebSession();
    admin.signIn(Deployed.adminEmail(), Deployed.adminPassword());
    assertEquals(
        List.of("voting code"),
        AdminPages.mailFailures(admin, voter[0]),
        "listed by voter ID for the admins, though the request rolled back");
  }

  @Test
  void aConfirmedCodeLeadsBackToTheBallotItWasAskedFor() throws Exception {
    String election = "0123456789abcdef0123456789abcdef";
    for (String[] asked :
        new String[][] {
          {election, "/vote/ballot.xhtml?election=" + election}, {"../admin", "/vote/index.xhtml"}
        }) {
      String[] voter = TestAccounts.createVoter(PASSWORD, false);
      WebSession session = signedIn(voter);
      String code = sendCode(session, voter[1]);
      String page = "/vote/verify.xhtml?election=" + java.net.URLEncoder.encode(asked[0], "UTF-8");

      HttpResponse<String> confirmed =
          session.submit(
              session.get(page).body(),
              "verify",
              Map.of("verify:code", code, "verify:submit", "Confirm"));

      assertEquals(302, confirmed.statusCode(), messages(confirmed));
      assertTrue(
          confirmed.headers().firstValue("Location").orElseThrow().endsWith(asked[1]),
          asked[0] + " led to " + confirmed.headers().firstValue("Location"));
    }
  }

  @Test
  void anExpiredCodeIsRefused() throws Exception {
    String[] voter = TestAccounts.createVoter(PASSWORD, false);
    WebSession session = signedIn(voter);
    String code = sendCode(session, voter[1]);
    sql(
        "update one_time_code set expires_at = now() - interval '1 minute' where account_id ="
            + " (select id from account where email = ?)",
        voter[1]);

    assertTrue(messages(confirm(session, code)).contains("expired"));
    assertFalse(verified(voter[1]));
  }

  @Test
  void aSecondCodeWithinAMinuteIsRefused() throws Exception {
    String[] voter = TestAccounts.createVoter(PASSWORD, false);
    WebSession session = signedIn(voter);
    sendCode(session, voter[1]);

    String again = messages(pressSend(session));

    assertTrue(again.contains("You can ask for another in"), again);
  }

  private static WebSession signedIn(String[] voter) {
    WebSession session = new WebSession();
    session.signIn(voter[1], PASSWORD);
    return session;
  }

  private static String sendCode(WebSession session, String email) throws Exception {
    int before = MAIL.getReceivedMessages().length;
    String sent = messages(pressSend(session));
    assertTrue(sent.contains("We emailed you a 6-digit code"), sent);
    assertTrue(MAIL.waitForIncomingEmail(10_000, before + 1));
    var message = MAIL.getReceivedMessages()[before];
    assertEquals(email, message.getAllRecipients()[0].toString());
    Matcher m = CODE.matcher(GreenMailUtil.getBody(message));
    assertTrue(m.find());
    return m.group(1);
  }

  private static HttpResponse<String> pressSend(WebSession session) {
    return session.submit(
        session.get("/vote/verify.xhtml").body(), "send", Map.of("send:submit", "Email me a code"));
  }

  private static HttpResponse<String> confirm(WebSession session, String code) {
    return session.submit(
        session.get("/vote/verify.xhtml").body(),
        "verify",
        Map.of("verify:code", code, "verify:submit", "Confirm"));
  }

  private static String messages(HttpResponse<String> page) {
    Element messages = Jsoup.parse(page.body()).getElementById("messages");
    return messages == null ? "" : messages.text();
  }

  private static boolean verified(String email) throws Exception {
    try (Connection db = DriverManager.getConnection(Deployed.dbUrl(), Deployed.dbUser(), "");
        PreparedStatement q =
            db.prepareStatement(
                "select v.verified_at is not null from voter v join account a on a.id ="
                    + " v.account_id where a.email = ?")) {
      q.setString(1, email);
      try (ResultSet r = q.executeQuery()) {
        r.next();
        return r.getBoolean(1);
      }
    }
  }

  private static void sql(String statement, String email) throws Exception {
    try (Connection db = DriverManager.getConnection(Deployed.dbUrl(), Deployed.dbUser(), "");
        PreparedStatement update = db.prepareStatement(statement)) {
      update.setString(1, email);
      update.executeUpdate();
    }
  }
}
