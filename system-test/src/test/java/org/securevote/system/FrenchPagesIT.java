package org.securevote.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.securevote.tools.crypto.ChoiceBounds;
import org.securevote.tools.crypto.EncryptedBallot;
import org.securevote.tools.crypto.Group;
import org.securevote.tools.format.BallotJson;
import org.securevote.tools.format.JsonFiles;

/**
 * The site in French: chosen from the browser's Accept-Language or the footer's links (kept in a
 * cookie), English otherwise; a voter confirms a code emailed in French, is refused in French and
 * sees dates in French; an /api client that asks for French is refused in French.
 */
class FrenchPagesIT {
  @RegisterExtension
  static final GreenMailExtension MAIL =
      new GreenMailExtension(
          new ServerSetup(Integer.getInteger("it.smtp.port", 20025), "127.0.0.1", "smtp"));

  private static final String PASSWORD = "french-voter-password";
  private static final Map<String, String> FRENCH =
      Map.of("Accept-Language", "fr-CH, fr;q=0.9, en;q=0.8");

  @Test
  void pagesFollowTheBrowsersLanguageThenTheViewersChoice() {
    WebSession anyone = new WebSession();
    Document french = Jsoup.parse(anyone.get("/public/elections.xhtml", FRENCH).body());
    assertEquals("fr", french.selectFirst("html").attr("lang"));
    assertEquals("Scrutins", french.selectFirst("h1").text());
    assertTrue(
        french.select("header nav").text().contains("Se connecter"), french.select("nav").text());
    assertEquals("Français", french.selectFirst("#languages [aria-current=true]").text());

    Document english = Jsoup.parse(anyone.get("/public/elections.xhtml").body());
    assertEquals("en", english.selectFirst("html").attr("lang"), "no Accept-Language: English");
    assertEquals("Elections", english.selectFirst("h1").text());
    Document german =
        Jsoup.parse(anyone.get("/public/elections.xhtml", Map.of("Accept-Language", "de")).body());
    assertEquals("en", german.selectFirst("html").attr("lang"), "a language the site lacks");

    // The footer's link keeps its page's parameters and sets the choice, which a cookie keeps.
    Element link = english.selectFirst("#languages a[lang=fr]");
    assertEquals("/public/elections.xhtml?lang=fr", link.attr("href"));
    assertEquals(
        "fr", Jsoup.parse(anyone.get(link.attr("href")).body()).selectFirst("html").attr("lang"));
    Document kept = Jsoup.parse(anyone.get("/public/sign-in.xhtml").body());
    assertEquals("fr", kept.selectFirst("html").attr("lang"));
    assertEquals("Se connecter", kept.selectFirst("h1").text());
    Document back = Jsoup.parse(anyone.get("/public/sign-in.xhtml?lang=en", FRENCH).body());
    assertEquals(
        "en", back.selectFirst("html").attr("lang"), "the viewer's choice over the browser's");
    assertEquals(
        "en",
        Jsoup.parse(anyone.get("/public/sign-in.xhtml").body()).selectFirst("html").attr("lang"));
  }

  @Test
  void aVoterConfirmsACodeEmailedInFrenchAndIsRefusedInFrench() throws Exception {
    String[] voter = TestAccounts.createVoter(PASSWORD, false);
    WebSession admin = new WebSession();
    admin.signIn(Deployed.adminEmail(), Deployed.adminPassword());
    String election = AdminPages.openApproval(admin, 1, 2, voter[0]);
    WebSession session = new WebSession();
    session.signIn(voter[1], PASSWORD);
    String verify = session.get("/vote/verify.xhtml?lang=fr").body();
    assertEquals("fr", Jsoup.parse(verify).selectFirst("html").attr("lang"));

    int before = MAIL.getReceivedMessages().length;
    HttpResponse<String> sent = session.submit(verify, "send", Map.of("send:submit", "x"));
    assertTrue(
        messages(sent).contains("Nous vous avons envoyé par e-mail un code à 6 chiffres"),
        messages(sent));
    assertTrue(MAIL.waitForIncomingEmail(10_000, before + 1));
    MimeMessage mail = MAIL.getReceivedMessages()[before];
    assertEquals("Votre code Secure Vote", mail.getSubject());
    Matcher code = Pattern.compile("Votre code est (\\d{6})").matcher(GreenMailUtil.getBody(mail));
    assertTrue(code.find(), GreenMailUtil.getBody(mail));
    String wrong = code.group(1).equals("000000") ? "111111" : "000000";
    HttpResponse<String> refused = confirm(session, wrong);
    assertTrue(
        messages(refused).contains("Ce code n’est pas le bon. Il reste 4 essais."),
        messages(refused));
    assertEquals(302, confirm(session, code.group(1)).statusCode());

    // The ballot: the instruction, the refusal and the closing time in French.
    Document ballot = Jsoup.parse(session.get("/vote/ballot.xhtml?election=" + election).body());
    assertEquals("Choisissez entre 1 et 2 candidats.", ballot.selectFirst("legend").text());
    assertTrue(
        Pattern.compile("(lun|mar|mer|jeu|ven|sam|dim)\\. \\d{1,2} ")
            .matcher(ballot.select("main p").text())
            .find(),
        "the closing time in French: " + ballot.select("main p").text());
    List<Map.Entry<String, String>> fields = new ArrayList<>();
    Element form = ballot.getElementById("ballot");
    for (Element hidden : form.select("input[type=hidden]")) {
      fields.add(Map.entry(hidden.attr("name"), hidden.attr("value")));
    }
    for (Element box : form.select("input[type=checkbox]")) {
      fields.add(Map.entry(box.attr("name"), box.attr("value")));
    }
    fields.add(Map.entry("ballot:review", "x"));
    String tooMany = messages(session.postForm(form.attr("action"), fields));
    assertTrue(
        tooMany.contains("Choisissez entre 1 et 2 candidats. Vous en avez choisi 3."), tooMany);

    // An /api client that asks for French: its second ballot is refused in French.
    assertEquals(201, post(session, election, Map.of()).statusCode());
    HttpResponse<String> again = post(session, election, Map.of("Accept-Language", "fr"));
    assertEquals(409, again.statusCode(), again.body());
    assertTrue(again.body().contains("Vous avez déjà voté pour « "), again.body());
  }

  @Test
  void mailsAreInTheLanguageThePersonLastUsed() throws Exception {
    String[] voter = TestAccounts.createVoter(PASSWORD);
    WebSession admin = new WebSession();
    admin.signIn(Deployed.adminEmail(), Deployed.adminPassword());

    // Never signed in: the organisation's language, English unless VOTING_LANGUAGE says fr.
    MimeMessage first = passwordLink(admin, voter);
    assertEquals("Choose your Secure Vote password", first.getSubject());

    // Signed in, the voter switches to French: the next mail is in French, the same link kind.
    WebSession session = new WebSession();
    session.signIn(voter[1], PASSWORD);
    assertEquals(
        "fr", Jsoup.parse(session.get("/vote/?lang=fr").body()).selectFirst("html").attr("lang"));
    MimeMessage french = passwordLink(admin, voter);
    assertEquals("Choisissez votre mot de passe Secure Vote", french.getSubject());
    String body = french.getContent().toString(); // decoded, unlike GreenMailUtil.getBody
    assertTrue(body.startsWith("Bonjour "), body);
    assertTrue(body.contains("(identifiant d’électeur " + voter[0] + ")"), body);

    // A sign-in from an English page: back to English.
    new WebSession().signIn(voter[1], PASSWORD);
    MimeMessage english = passwordLink(admin, voter);
    assertEquals("Choose your Secure Vote password", english.getSubject());
    assertTrue(english.getContent().toString().startsWith("Hello "));
  }

  @Test
  void anAdminIsAskedAndRefusedInFrenchAndMovesAQuestion() {
    WebSession admin = new WebSession();
    admin.signIn(Deployed.adminEmail(), Deployed.adminPassword());
    admin.get("/admin/?lang=fr");
    String id = AdminPages.draftElection(admin);
    String page = "/admin/election.xhtml?id=" + id;

    // The confirmation question and the business rule's refusal, from the Java code, in French.
    HttpResponse<String> asked =
        admin.submit(admin.get(page).body(), "lifecycle", Map.of("lifecycle:schedule", "x"));
    assertEquals(
        "Le programmer ? Ses conditions, ses candidats et sa période de vote ne pourront plus être"
            + " modifiés.",
        Jsoup.parse(asked.body()).getElementById("question").text());
    HttpResponse<String> refused =
        admin.submit(asked.body(), "confirm", Map.of("confirm:yes", "x"));
    assertTrue(
        messages(refused).contains("Un scrutin doit compter au moins deux candidats."),
        messages(refused));

    // A further question moves up with its answers; an answer given twice is refused in French.
    AdminPages.addQuestion(admin, id, "Motion", 1, 1, "Oui", "Non");
    AdminPages.addQuestion(admin, id, "Comité", 0, 2, "Ada", "Grace");
    HttpResponse<String> twice = AdminPages.addAnswer(admin, id, 1, "grace");
    assertTrue(
        messages(twice).contains("Cette question a déjà la réponse grace."), messages(twice));
    admin.submit(
        admin.get(page).body(), "questions:1:answers", Map.of("questions:1:answers:up", "x"));
    Document moved = Jsoup.parse(admin.get(page).body());
    assertEquals(
        List.of("Comité", "Motion"), moved.select("#furtherQuestions .questionTitle").eachText());
    assertEquals(
        List.of("Ada", "Grace", "Oui", "Non"),
        moved.select("#furtherQuestions .answerName").eachText());
  }

  /** Has the admin send the voter a password link; returns the mail. */
  private static MimeMessage passwordLink(WebSession admin, String[] voter) throws Exception {
    int before = MAIL.getReceivedMessages().length;
    AdminPages.pressOnVoterRow(admin, voter[0], "Send password link");
    assertTrue(MAIL.waitForIncomingEmail(10_000, before + 1));
    MimeMessage mail = MAIL.getReceivedMessages()[before];
    assertEquals(voter[1], mail.getAllRecipients()[0].toString());
    return mail;
  }

  /** An honest approval ballot for the first candidate, posted to /api with these headers. */
  private static HttpResponse<String> post(
      WebSession voter, String election, Map<String, String> headers) {
    String paper = voter.get("/api/vote/elections/" + election + "/ballot").body();
    String key = JsonFiles.parse(paper, "paper").object().getString("publicKey");
    String ballot =
        BallotJson.toJson(
                EncryptedBallot.encrypt(
                        election,
                        Group.pointFromHex(key),
                        3,
                        new ChoiceBounds(1, 2),
                        Set.of(0),
                        new SecureRandom())
                    .ballot())
            .toString();
    URI base = Deployed.url("/");
    Map<String, String> all = new java.util.HashMap<>(headers);
    all.put("Origin", base.getScheme() + "://" + base.getHost() + ":" + base.getPort());
    return voter.send(
        "POST", "/api/vote/elections/" + election + "/ballot", "application/json", ballot, all);
  }

  private static HttpResponse<String> confirm(WebSession session, String code) {
    return session.submit(
        session.get("/vote/verify.xhtml").body(),
        "verify",
        Map.of("verify:code", code, "verify:submit", "x"));
  }

  private static String messages(HttpResponse<String> page) {
    Element messages = Jsoup.parse(page.body()).getElementById("messages");
    return messages == null ? "" : messages.text();
  }
}
