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
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A voter chooses their own password through the emailed one-time link (real SMTP, GreenMail). */
class ActivationIT {
  @RegisterExtension
  static final GreenMailExtension MAIL =
      new GreenMailExtension(
          new ServerSetup(Integer.getInteger("it.smtp.port", 20025), "127.0.0.1", "smtp"));

  /** A password link in an email's body. */
  static final Pattern LINK =
      Pattern.compile("(https?://\\S+/public/activate\\.xhtml\\?token=\\S+)");

  @Test
  void voterSetsAPasswordThroughTheEmailedLinkAndSignsInWithIt() throws Exception {
    String ref = "ACT-" + UUID.randomUUID().toString().substring(0, 8);
    String email = ref.toLowerCase() + "@example.org";
    URI link = registerAndSendLink(ref, email);

    WebSession voter = new WebSession();
    HttpResponse<String> done =
        choosePassword(voter, link, "a long enough secret", "a long enough secret");
    assertEquals(302, done.statusCode(), done.body());
    assertTrue(done.headers().firstValue("Location").orElseThrow().contains("/public/sign-in"));
    String carried = messages(voter.follow(done)); // across the redirect, without the flash
    assertTrue(carried.contains("Your password is set"), carried);
    assertEquals("", messages(voter.get("/public/sign-in.xhtml")), "shown once");

    HttpResponse<String> signedIn = new WebSession().signIn(email, "a long enough secret");
    assertEquals(302, signedIn.statusCode());
    assertTrue(signedIn.headers().firstValue("Location").orElseThrow().endsWith("/vote/"));
  }

  @Test
  void aLinkWorksOnlyOnce() throws Exception {
    String ref = "ACT-" + UUID.randomUUID().toString().substring(0, 8);
    URI link = registerAndSendLink(ref, ref.toLowerCase() + "@example.org");
    WebSession otherTab = new WebSession();
    String openedBeforeUse = otherTab.get(link).body();
    choosePassword(new WebSession(), link, "first chosen password", "first chosen password");

    HttpResponse<String> again =
        otherTab.submit(
            openedBeforeUse,
            "activate",
            Map.of(
                "activate:password", "second chosen password",
                "activate:repeated", "second chosen password",
                "activate:submit", "Set my password"));

    assertEquals(400, again.statusCode());
    assertTrue(messages(again).contains("This link is not valid"), messages(again));
  }

  @Test
  void aUsedLinkSaysSoOnOpeningAndShowsNoForm() throws Exception {
    String ref = "ACT-" + UUID.randomUUID().toString().substring(0, 8);
    URI link = registerAndSendLink(ref, ref.toLowerCase() + "@example.org");
    choosePassword(new WebSession(), link, "first chosen password", "first chosen password");

    HttpResponse<String> opened = new WebSession().get(link);

    assertRefusedAtOnce(opened, 410);
  }

  @Test
  void anExpiredLinkSaysSoOnOpeningAndShowsNoForm() throws Exception {
    String ref = "ACT-" + UUID.randomUUID().toString().substring(0, 8);
    String email = ref.toLowerCase() + "@example.org";
    URI link = registerAndSendLink(ref, email);
    try (Connection db = DriverManager.getConnection(Deployed.dbUrl(), Deployed.dbUser(), "");
        PreparedStatement expire =
            db.prepareStatement(
                "update activation_token set expires_at = now() - interval '1 minute'"
                    + " where account_id = (select id from account where email = ?)")) {
      expire.setString(1, email);
      assertEquals(1, expire.executeUpdate());
    }

    HttpResponse<String> opened = new WebSession().get(link);

    assertRefusedAtOnce(opened, 410);
  }

  @Test
  void aShortPasswordIsRefusedAndTheLinkStaysUsable() throws Exception {
    String ref = "ACT-" + UUID.randomUUID().toString().substring(0, 8);
    String email = ref.toLowerCase() + "@example.org";
    URI link = registerAndSendLink(ref, email);

    HttpResponse<String> tooShort = choosePassword(new WebSession(), link, "short", "short");
    assertEquals(400, tooShort.statusCode());
    assertTrue(tooShort.body().contains("12 to 1024 characters"), tooShort.body());

    HttpResponse<String> done =
        choosePassword(new WebSession(), link, "long enough at last", "long enough at last");
    assertEquals(302, done.statusCode());
  }

  @Test
  void aForgedTokenShowsNoFormAndSetsNothingWhenPosted() throws Exception {
    String forged = "A".repeat(43);
    assertRefusedAtOnce(
        new WebSession().get(Deployed.url("/public/activate.xhtml?token=" + forged)), 404);

    String ref = "ACT-" + UUID.randomUUID().toString().substring(0, 8);
    URI link = registerAndSendLink(ref, ref.toLowerCase() + "@example.org");
    WebSession session = new WebSession();
    HttpResponse<String> posted =
        session.submit(
            session.get(link).body(),
            "activate",
            Map.of(
                "activate:token", forged,
                "activate:password", "whatever password here",
                "activate:repeated", "whatever password here",
                "activate:submit", "Set my password"));
    assertTrue(messages(posted).contains("This link is not valid"), messages(posted));
  }

  @Test
  void invalidVoterDetailsGetAMessageBesideEachFieldAndNothingIsStored() {
    WebSession admin = new WebSession();
    admin.signIn(Deployed.adminEmail(), Deployed.adminPassword());
    String ref = "BAD-" + UUID.randomUUID().toString().substring(0, 8);

    HttpResponse<String> refused =
        admin.submit(
            admin.get("/admin/voters.xhtml").body(),
            "voter",
            Map.of(
                "voter:voterRef",
                ref,
                "voter:name",
                "",
                "voter:email",
                "not-an-address",
                "voter:submit",
                "Add voter"));

    assertEquals(400, refused.statusCode());
    var page = Jsoup.parse(refused.body());
    assertTrue(page.select("#voter").text().contains("Give the voter's name."), refused.body());
    assertTrue(page.select("#voter").text().contains("Give a valid email address."));
    assertFalse(admin.get("/admin/voters.xhtml").body().contains(ref), "nothing stored");
  }

  /** The admin registers a voter on the voters page and presses "Send password link". */
  private static URI registerAndSendLink(String ref, String email) throws Exception {
    WebSession admin = new WebSession();
    admin.signIn(Deployed.adminEmail(), Deployed.adminPassword());
    HttpResponse<String> added =
        admin.submit(
            admin.get("/admin/voters.xhtml").body(),
            "voter",
            Map.of(
                "voter:voterRef",
                ref,
                "voter:name",
                "Voter " + ref,
                "voter:email",
                email,
                "voter:submit",
                "Add voter"));
    assertEquals(200, added.statusCode());
    assertTrue(messages(added).contains("Voter " + ref + " added."), messages(added));

    Element row =
        Jsoup.parse(added.body()).select("#list\\:voters tr").stream()
            .filter(tr -> tr.text().contains(ref))
            .findFirst()
            .orElseThrow();
    Element button = row.selectFirst("input[value=Send password link]");
    int before = MAIL.getReceivedMessages().length;
    HttpResponse<String> sent =
        admin.submit(added.body(), "list", Map.of(button.attr("name"), button.attr("value")));
    assertTrue(messages(sent).contains("was emailed"), messages(sent));

    assertTrue(MAIL.waitForIncomingEmail(10_000, before + 1));
    MimeMessage message = MAIL.getReceivedMessages()[before];
    assertEquals(email, message.getAllRecipients()[0].toString());
    String body = GreenMailUtil.getBody(message).replace("=\r\n", "").replace("=3D", "=");
    Matcher m = LINK.matcher(body);
    assertTrue(m.find(), body);
    assertFalse(body.contains("password is"), "the mail carries a link, never a password");
    return URI.create(m.group(1));
  }

  private static HttpResponse<String> choosePassword(
      WebSession session, URI link, String password, String repeated) {
    return session.submit(
        session.get(link).body(),
        "activate",
        Map.of(
            "activate:password",
            password,
            "activate:repeated",
            repeated,
            "activate:submit",
            "Set my password"));
  }

  /** The link's page says at once that it cannot be used, and offers no password form. */
  private static void assertRefusedAtOnce(HttpResponse<String> opened, int status) {
    assertEquals(status, opened.statusCode(), opened.body());
    assertTrue(messages(opened).contains("This link is not valid"), opened.body());
    assertNull(Jsoup.parse(opened.body()).getElementById("activate"), "no password form");
    assertTrue(opened.headers().allValues("Set-Cookie").isEmpty(), "no session for a dead link");
  }

  private static String messages(HttpResponse<String> page) {
    Element messages = Jsoup.parse(page.body()).getElementById("messages");
    return messages == null ? "" : messages.text();
  }
}
