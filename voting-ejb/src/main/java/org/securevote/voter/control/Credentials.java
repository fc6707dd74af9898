package org.securevote.voter.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.securevote.account.control.Activation;
import org.securevote.account.entity.Account;
import org.securevote.election.entity.ElectionStatus;
import org.securevote.notification.control.MessageSender;
import org.securevote.platform.Refusal;
import org.securevote.platform.Text;
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

  /**
   * A change the caller asked for that cannot be made; the text says why. The boundaries pass it on
   * as their own {@code VoterRegistryRuleViolation}.
   */
  public static class Refused extends Refusal {
    private final Text text;

    public Refused(Text text) {
      super(Kind.CONFLICT, text);
      this.text = text;
    }

    public Text text() {
      return text;
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
        "Your Secure Vote sign-in address was changed",
        "the sign-in email address of your voter account (voter ID "
            + voter.voterRef()
            + ") was changed to "
            + email
            + ". Before the next ballot of this account, a new code sent to that address must be"
            + " confirmed.");
  }

  /** Emails the voter a one-time link to choose their password; an earlier link stops working. */
  public void sendLink(Voter voter) {
    String link = activation.issueLink(voter.account());
    send(
        voter,
        LetterKind.PASSWORD_LINK,
        voter.account().email(),
        "Choose your Secure Vote password",
        "Hello "
            + voter.account().displayName()
            + ",\n\n"
            + "your election office registered you as a voter (voter ID "
            + voter.voterRef()
            + "). Choose your password here:\n\n"
            + link
            + "\n\n"
            + "The link works once and for "
            + activation.validHours()
            + " hours. Nobody at the"
            + " election office sees or knows your password.\n");
  }

  /** Tells the voter's current address that a change was asked for and waits for approval. */
  public void tellRequested(Voter voter, String what) {
    tell(
        voter.account().email(),
        voter,
        "A change to your Secure Vote account was requested",
        "a member of your election office asked for "
            + what
            + " for your voter account (voter ID "
            + voter.voterRef()
            + "). Nothing changes unless a second staff member approves it.");
  }

  /** Tells the voter's current address that a requested change was refused. */
  public void tellRefused(Voter voter, String what) {
    tell(
        voter.account().email(),
        voter,
        "A change to your Secure Vote account was refused",
        "a second staff member refused the request for "
            + what
            + " for your voter account (voter ID "
            + voter.voterRef()
            + "). Nothing changed.");
  }

  private void tell(String address, Voter voter, String subject, String news) {
    send(
        voter,
        LetterKind.NOTICE,
        address,
        subject,
        "Hello "
            + voter.account().displayName()
            + ",\n\n"
            + news
            + "\n\nIf you did not ask for this, contact your election office at once.\n");
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
