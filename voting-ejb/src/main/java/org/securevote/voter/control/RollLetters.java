package org.securevote.voter.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.securevote.account.control.Activation;
import org.securevote.account.entity.Account;

/** The texts of the mails sent to a roll: an invitation carries a password link, nothing else. */
@Dependent
public class RollLetters {
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm 'UTC'", Locale.ENGLISH)
          .withZone(ZoneOffset.UTC);

  @Inject Activation activation;

  /** A mail ready to send. */
  public record Letter(String to, String subject, String text) {}

  /** A fresh password link (an earlier one stops working) and what the voter is invited to. */
  public Letter invitation(Account account, String voterRef, String electionTitle) {
    return new Letter(
        account.email(),
        "You are invited to vote: " + electionTitle,
        "Hello "
            + account.displayName()
            + ",\n\nyour election office put you on the roll of \u201c"
            + electionTitle
            + "\u201d (voter ID "
            + voterRef
            + "). To vote you first choose your password here:\n\n"
            + activation.issueLink(account)
            + "\n\nThe link works once and for "
            + activation.validHours()
            + " hours. Nobody at the election office sees or knows your password.\n");
  }

  /** Says that voting is open and until when; it cannot tell whether the voter has voted since. */
  public Letter reminder(
      String email, String name, String electionId, String electionTitle, Instant closesAt) {
    return new Letter(
        email,
        "Reminder: voting in \u201c" + electionTitle + "\u201d closes " + WHEN.format(closesAt),
        "Hello "
            + name
            + ",\n\nvoting in \u201c"
            + electionTitle
            + "\u201d is open until "
            + WHEN.format(closesAt)
            + ". If you have not voted yet, sign in and vote here:\n\n"
            + activation.pageLink("/vote/ballot.xhtml?election=" + electionId)
            + "\n\nIf you have voted already, thank you: there is nothing more to do.\n");
  }
}
