package org.securevote.staff.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.Locale;
import org.securevote.account.control.Activation;
import org.securevote.account.control.MailLanguage;
import org.securevote.account.entity.Account;
import org.securevote.account.entity.Role;
import org.securevote.notification.control.MessageSender;
import org.securevote.platform.Text;

/**
 * Emails an invited staff member the one-time link to choose a password, saying in which role and
 * who invited them, so an unexpected invitation can be questioned. No other secret is in the mail.
 */
@Dependent
public class StaffInvitations {
  @Inject Activation activation;
  @Inject MessageSender sender;
  @Inject MailLanguage languages;

  /** The invitation could not be handed over for delivery. */
  public static class Undeliverable extends RuntimeException {
    Undeliverable(String address) {
      super("The invitation to " + address + " could not be emailed; nobody was invited.");
    }
  }

  /** A fresh link (an earlier one stops working) in a mail naming the role and the inviter. */
  public void invite(Account account, Role role, String invitedBy) {
    Locale in = languages.of(account);
    Text as = Text.of("letter.staff.as." + role.name());
    String text =
        MailLanguage.hello(account.displayName(), in)
            + Text.of(
                    "letter.staff.body",
                    invitedBy,
                    as,
                    Text.of("letter.staff.duties." + role.name()),
                    String.valueOf(activation.validHours()),
                    activation.issueLink(account),
                    activation.pageLink(home(role)))
                .in(in);
    try {
      sender.send(account.email(), Text.of("letter.staff.subject", as).in(in), text);
    } catch (MessageSender.UndeliverableMessage e) {
      throw new Undeliverable(account.email());
    }
  }

  /** The page each role signs in to. */
  private static String home(Role role) {
    return switch (role) {
      case ADMIN -> "/admin/";
      case AUDITOR -> "/audit/";
      case TRUSTEE -> "/trustee/";
      case VOTER -> "/vote/";
    };
  }
}
