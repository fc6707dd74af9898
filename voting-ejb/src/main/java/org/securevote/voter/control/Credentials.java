package org.securevote.voter.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Locale;
import org.securevote.account.control.Activation;
import org.securevote.account.control.MailLanguage;
import org.securevote.account.entity.Account;
import org.securevote.election.entity.ElectionStatus;
import org.securevote.notification.control.MessageSender;
import org.securevote.platform.Refusal;
import org.securevote.platform.Text;
import org.securevote.voter.entity.CredentialChange;
import org.securevote.voter.entity.Eligibility;
import org.securevote.voter.entity.LetterKind;
import org.securevote.voter.entity.OneTimeCode;
import org.securevote.voter.entity.Voter;

/**
 * Changes to what lets a voter sign in (their email, their password link), and the notices their
 * address receives about them. Notices carry no link, token or code.
 */
@Dependent
public class Credentials {
  @PersistenceContext EntityManager em;
  @Inject Activation activation;
  @Inject MessageSender sender;
  @Inject MailLanguage languages;

  /**
   * A change the caller asked for that cannot be made; the text says why. The boundaries pass it on
   * as their own {@code VoterRegistryRuleViolation}.
   */
  public static class Refused extends Refusal {
    public Refused(Text text) {
      super(Kind.CONFLICT, text);
    }
  }

  /** A mail to the voter could not be sent: what, to whom, and the mail library's words. */
  public static class Undelivered extends Refused {
    private final long accountId;
    private final LetterKind letter;
    private final String reason;

    Undelivered(Text text, long accountId, LetterKind letter, String reason) {
      super(text);
      this.accountId = accountId;
      this.letter = letter;
      this.reason = reason;
    }

    public long accountId() {
      return accountId;
    }

    public LetterKind letter() {
      return letter;
    }

    public String reason() {
      return reason;
    }
  }

  /** Whether the voter is on the roll of a scheduled or open election: then two staff decide. */
  public boolean needSecondStaff(Voter voter) {
    return em.createNamedQuery(Eligibility.ROLLS_IN_STATUS, Long.class)
            .setParameter("account", voter.accountId())
            .setParameter("statuses", List.of(ElectionStatus.SCHEDULED, ElectionStatus.OPEN))
            .getSingleResult()
        > 0;
  }

  /** Refuses an address that another account signs in with. */
  public void checkFree(Voter voter, String email) {
    boolean taken =
        em.createNamedQuery(Account.BY_EMAIL, Account.class)
            .setParameter("email", email)
            .getResultStream()
            .anyMatch(a -> !a.id().equals(voter.accountId()));
    if (taken) {
      throw new Refused(Text.of("credentials.emailTaken", email));
    }
  }

  /**
   * Moves the voter to a new address: the old one is told, and the next ballot needs a code
   * confirmed at the new one.
   */
  public void changeEmail(Voter voter, String email) {
    checkFree(voter, email);
    String old = voter.account().email();
    voter.account().rename(email, voter.account().displayName());
    voter.forgetVerification();
    OneTimeCode code = em.find(OneTimeCode.class, voter.accountId());
    if (code != null) {
      em.remove(code); // a code mailed to the old address confirms nothing any more
    }
    tell(
        old,
        voter,
        Text.of("letter.addressChanged.subject"),
        Text.of("letter.addressChanged.body", voter.voterRef(), email));
  }

  /** Emails the voter a one-time link to choose their password; an earlier link stops working. */
  public void sendLink(Voter voter) {
    String link = activation.issueLink(voter.account());
    Locale in = languages.of(voter.account());
    send(
        voter,
        LetterKind.PASSWORD_LINK,
        voter.account().email(),
        Text.of("letter.passwordLink.subject").in(in),
        MailLanguage.hello(voter.account().displayName(), in)
            + Text.of(
                    "letter.passwordLink.body",
                    voter.voterRef(),
                    link,
                    String.valueOf(activation.validHours()))
                .in(in));
  }

  /** Tells the voter's current address that a change was asked for and waits for approval. */
  public void tellRequested(Voter voter, CredentialChange change) {
    Text what =
        change
            .newEmail()
            .map(e -> Text.of("letter.changeTo." + change.kind().name(), e))
            .orElseGet(() -> Text.of("letter.change." + change.kind().name()));
    tell(
        voter.account().email(),
        voter,
        Text.of("letter.changeRequested.subject"),
        Text.of("letter.changeRequested.body", what, voter.voterRef()));
  }

  /** Tells the voter's current address that a requested change was refused. */
  public void tellRefused(Voter voter, CredentialChange change) {
    tell(
        voter.account().email(),
        voter,
        Text.of("letter.changeRefused.subject"),
        Text.of(
            "letter.changeRefused.body",
            Text.of("letter.change." + change.kind().name()),
            voter.voterRef()));
  }

  /** A notice about the voter's account, in their language. */
  private void tell(String address, Voter voter, Text subject, Text news) {
    Locale in = languages.of(voter.account());
    send(
        voter,
        LetterKind.NOTICE,
        address,
        subject.in(in),
        MailLanguage.hello(voter.account().displayName(), in)
            + news.in(in)
            + Text.of("letter.notice.end").in(in));
  }

  private void send(Voter voter, LetterKind letter, String address, String subject, String text) {
    try {
      sender.send(address, subject, text);
    } catch (MessageSender.UndeliverableMessage e) {
      throw new Undelivered(
          Text.of("credentials.undelivered", address), voter.accountId(), letter, e.reason());
    }
  }
}
