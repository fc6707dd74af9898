package org.securevote.voter.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.securevote.account.control.Activation;
import org.securevote.account.control.MailLanguage;
import org.securevote.account.entity.Account;
import org.securevote.platform.Text;

/**
 * The texts of the mails sent to a roll, each in its voter's language: an invitation carries a
 * password link, nothing else.
 */
@Dependent
public class RollLetters {
  @Inject Activation activation;
  @Inject MailLanguage languages;

  /** A mail ready to send. */
  public record Letter(String to, String subject, String text) {}

  /** A fresh password link (an earlier one stops working) and what the voter is invited to. */
  public Letter invitation(Account account, String voterRef, String electionTitle) {
    Locale language = languages.of(account);
    return new Letter(
        account.email(),
        Text.of("letter.invitation.subject", electionTitle).in(language),
        MailLanguage.hello(account.displayName(), language)
            + Text.of(
                    "letter.invitation.body",
                    electionTitle,
                    voterRef,
                    activation.issueLink(account),
                    String.valueOf(activation.validHours()))
                .in(language));
  }

  /**
   * Says that voting is open and until when; it cannot tell whether the voter has voted since. The
   * language is the voter's stored one (null when they never signed in).
   */
  public Letter reminder(
      String email,
      String name,
      String language,
      String electionId,
      String electionTitle,
      Instant closesAt) {
    Locale in = languages.of(language);
    String closes =
        DateTimeFormatter.ofPattern(Text.of("letter.reminder.when").in(in), in)
            .withZone(ZoneOffset.UTC)
            .format(closesAt);
    return new Letter(
        email,
        Text.of("letter.reminder.subject", electionTitle, closes).in(in),
        MailLanguage.hello(name, in)
            + Text.of(
                    "letter.reminder.body",
                    electionTitle,
                    closes,
                    activation.pageLink("/vote/ballot.xhtml?election=" + electionId))
                .in(in));
  }
}
