package org.securevote.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * "Invite all not yet activated" and "remind all who have not voted" on the election page: the
 * mails go out in the background in batches of the test domain's pace (VOTING_MAIL_PER_MINUTE 30:
 * five every ten seconds), each voter gets one per request, failures are listed by voter ID for
 * invitations only, and nothing on the page says whom a reminder went to.
 */
class MailingsIT {
  @RegisterExtension
  static final GreenMailExtension MAIL =
      new GreenMailExtension(
              new ServerSetup(Integer.getInteger("it.smtp.port", 20025), "127.0.0.1", "smtp"))
          .withPerMethodLifecycle(false);

  private static final String PASSWORD = "mailings-voter-pw-1";
  private static final int BATCH = 5;
  private static final WebSession admin = new WebSession();

  @BeforeAll
  static void signIn() {
    admin.signIn(Deployed.adminEmail(), Deployed.adminPassword());
  }

  @Test
  void anInvitationMailsEachVoterWithoutAPasswordOnceAndListsWhatCouldNotBeSent() throws Exception {
    String[] ada = voterWithoutPassword("ada-" + UUID.randomUUID() + "@example.org");
    String[] bob = voterWithoutPassword("bob-" + UUID.randomUUID() + "@example.org");
    // A space: the mail library refuses the address before any server sees it.
    String[] broken = voterWithoutPassword("no one-" + UUID.randomUUID() + "@example.org");
    String[] activated = TestAccounts.createVoter(PASSWORD);
    String election = AdminPages.openElection(admin, ada[0], bob[0], broken[0], activated[0]);
    speaksFrench(ada[1]); // as a roll's language column or her French sign-in would have set it

    String page = press(election, "invite", "Invite all not yet activated");
    assertTrue(page.contains("Invitations are on their way"), page);
    awaitWalkedAndSettled(election);

    for (String[] voter : List.of(ada, bob)) {
      List<String> mails = mailsTo(voter[1]);
      assertEquals(1, mails.size(), "one invitation each: " + mails);
      assertTrue(mails.get(0).contains("/public/activate.xhtml?token="), mails.get(0));
    }
    assertTrue(
        mailsTo(ada[1]).get(0).contains("(identifiant d’électeur " + ada[0] + ")"),
        "in the language of her account: " + mailsTo(ada[1]));
    assertTrue(mailsTo(bob[1]).get(0).contains("voter ID " + bob[0]), mailsTo(bob[1]).get(0));
    assertEquals(List.of(), mailsTo(activated[1]), "a voter with a password is not invited");
    String shown = section(election);
    assertTrue(shown.contains("4 of 4 voters passed; 2 sent, 1 failed"), shown);
    assertTrue(shown.contains("Done"), shown);
    assertEquals(
        broken[0], Jsoup.parse(admin.get(page(election)).body()).select(".failedVoters").text());
    assertEquals(
        1,
        Deployed.count(
            "select count(*) from audit_entry where action = 'mailing.invitation' and subject = ?",
            "election:" + election));
  }

  @Test
  void aReminderGoesToThoseWhoHaveNotVotedAndThePageNamesNobody() throws Exception {
    String[] voted = TestAccounts.createVoter(PASSWORD);
    String[] first = TestAccounts.createVoter(PASSWORD);
    String[] second = TestAccounts.createVoter(PASSWORD);
    String election = AdminPages.openElection(admin, voted[0], first[0], second[0]);
    WebSession voter = new WebSession();
    voter.signIn(voted[1], PASSWORD);
    assertTrue(ViewerPagesIT.cast(voter, election, "Ada").statusCode() < 400);

    press(election, "remind", "Remind all who have not voted");
    awaitWalkedAndSettled(election);

    for (String[] reminded : List.of(first, second)) {
      List<String> mails = mailsTo(reminded[1]);
      assertEquals(1, mails.size(), "one reminder each: " + mails);
      assertTrue(mails.get(0).contains("/vote/ballot.xhtml?election=" + election), mails.get(0));
    }
    assertEquals(List.of(), mailsTo(voted[1]), "no reminder for a voter who voted");
    String shown = section(election);
    assertTrue(shown.contains("2 sent, 0 failed"), shown);
    assertTrue(shown.contains("not listed for reminders"), shown);
    for (String[] someone : List.of(voted, first, second)) {
      assertFalse(shown.contains(someone[0]) || shown.contains(someone[1]), shown);
    }
  }

  @Test
  void aLongRollGoesOutInBatchesOfThePaceAndOneRequestAtATime() throws Exception {
    List<String> refs = new ArrayList<>();
    for (int i = 0; i < 2 * BATCH + 2; i++) {
      refs.add(voterWithoutPassword("batch-" + i + "-" + UUID.randomUUID() + "@example.org")[0]);
    }
    String election = AdminPages.openElection(admin, refs.toArray(String[]::new));

    press(election, "invite", "Invite all not yet activated");
    HttpResponse<String> again =
        admin.submit(
            admin.get(page(election)).body(),
            "mail",
            Map.of("mail:invite", "Invite all not yet activated"));
    assertEquals(400, again.statusCode());
    assertTrue(again.body().contains("are still going out"), "a second request waits");
    TreeSet<Long> seen = new TreeSet<>(List.of(0L));
    long deadline = System.currentTimeMillis() + 90_000;
    while (Deployed.count(
            "select count(*) from mailing where election_id = ? and walked_at is null", election)
        > 0) {
      assertTrue(System.currentTimeMillis() < deadline, "the mailing did not finish: " + seen);
      seen.add(Deployed.count("select max(claimed) from mailing where election_id = ?", election));
      Thread.sleep(200);
    }
    seen.add(Deployed.count("select max(claimed) from mailing where election_id = ?", election));
    assertEquals(List.of(0L, 5L, 10L, 12L), List.copyOf(seen), "batches of five, one at a time");
  }

  @Test
  void aMailingStoppedMidwayGoesOnAfterTheVotersItHadPassed() throws Exception {
    List<String[]> voters = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      voters.add(voterWithoutPassword("resume-" + i + "-" + UUID.randomUUID() + "@example.org"));
    }
    String election =
        AdminPages.openElection(admin, voters.stream().map(v -> v[0]).toArray(String[]::new));
    // As an instance that died after mailing the first two left it (the accounts are in order).
    long secondAccount = accountOf(voters.get(1)[1]);
    try (Connection db = DriverManager.getConnection(Deployed.dbUrl(), Deployed.dbUser(), "");
        PreparedStatement insert =
            db.prepareStatement(
                "insert into mailing (election_id, kind, requested_by, roll_size, after_account,"
                    + " passed, claimed, sent) values (?, 'INVITATION', 'it', 4, ?, 2, 2, 2)")) {
      insert.setString(1, election);
      insert.setLong(2, secondAccount);
      insert.executeUpdate();
    }

    awaitWalkedAndSettled(election);

    assertEquals(List.of(), mailsTo(voters.get(0)[1]));
    assertEquals(List.of(), mailsTo(voters.get(1)[1]));
    assertEquals(1, mailsTo(voters.get(2)[1]).size());
    assertEquals(1, mailsTo(voters.get(3)[1]).size());
    assertTrue(section(election).contains("4 of 4 voters passed; 4 sent, 0 failed"));
  }

  /** A voter on no roll yet, with no password: {voter ID, email}. */
  @Test
  void aPasswordLinkThatCannotBeSentIsRefusedAndListedByVoterId() throws Exception {
    String[] broken = voterWithoutPassword("no one-" + UUID.randomUUID() + "@example.org");
    String[] fine = voterWithoutPassword("fine-" + UUID.randomUUID() + "@example.org");
    HttpResponse<String> refused =
        AdminPages.pressOnVoterRow(admin, broken[0], "Send password link");
    assertEquals(400, refused.statusCode());
    assertTrue(refused.body().contains("could not be sent"), refused.body());
    assertEquals(List.of("password link"), AdminPages.mailFailures(admin, broken[0]));
    HttpResponse<String> sent = AdminPages.pressOnVoterRow(admin, fine[0], "Send password link");
    assertTrue(sent.statusCode() < 400, sent.body());
    assertEquals(List.of(), AdminPages.mailFailures(admin, fine[0]), "sent: not listed");
  }

  private static String[] voterWithoutPassword(String email) throws SQLException {
    String ref = "M-" + UUID.randomUUID().toString().substring(0, 8);
    try (Connection db = DriverManager.getConnection(Deployed.dbUrl(), Deployed.dbUser(), "");
        PreparedStatement insert =
            db.prepareStatement(
                "with a as (insert into account (email, display_name) values (?, 'Invited voter')"
                    + " returning id), r as (insert into account_role (account_id, role)"
                    + " select id, 'VOTER' from a) insert into voter (account_id, voter_ref)"
                    + " select id, ? from a")) {
      insert.setString(1, email);
      insert.setString(2, ref);
      insert.executeUpdate();
    }
    return new String[] {ref, email};
  }

  private static void speaksFrench(String email) throws SQLException {
    try (Connection db = DriverManager.getConnection(Deployed.dbUrl(), Deployed.dbUser(), "");
        PreparedStatement update =
            db.prepareStatement("update account set language = 'fr' where email = ?")) {
      update.setString(1, email);
      assertEquals(1, update.executeUpdate());
    }
  }

  private static long accountOf(String email) throws SQLException {
    return Deployed.count("select id from account where email = ?", email);
  }

  private static String press(String election, String button, String label) {
    HttpResponse<String> answer =
        admin.submit(admin.get(page(election)).body(), "mail", Map.of("mail:" + button, label));
    assertTrue(answer.statusCode() < 400, answer.statusCode() + ": " + answer.body());
    return answer.body();
  }

  private static String page(String election) {
    return "/admin/election.xhtml?id=" + election;
  }

  /** The page's invitations and reminders section, as text. */
  private static String section(String election) {
    return Jsoup.parse(admin.get(page(election)).body()).select("#mailings").text();
  }

  /** Waits until each of the election's mailings has passed its roll and settled every mail. */
  private static void awaitWalkedAndSettled(String election) throws Exception {
    long deadline = System.currentTimeMillis() + 60_000;
    while (Deployed.count(
            "select count(*) from mailing where election_id = ?"
                + " and (walked_at is null or sent + failed < claimed)",
            election)
        > 0) {
      assertTrue(System.currentTimeMillis() < deadline, "the mailing did not finish in 60 s");
      Thread.sleep(200);
    }
  }

  /** A mail's text, decoded from its transfer encoding. */
  private static String content(MimeMessage message) {
    try {
      return message.getContent().toString();
    } catch (java.io.IOException | MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The bodies of the mails received for this address so far. */
  private static List<String> mailsTo(String email) throws MessagingException {
    List<String> bodies = new ArrayList<>();
    for (MimeMessage message : MAIL.getReceivedMessages()) {
      if (email.equals(message.getAllRecipients()[0].toString())) {
        bodies.add(content(message));
      }
    }
    return bodies;
  }
}
