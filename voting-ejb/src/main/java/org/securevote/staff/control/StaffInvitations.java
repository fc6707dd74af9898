package org.securevote.staff.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.securevote.account.control.Activation;
import org.securevote.account.entity.Account;
import org.securevote.account.entity.Role;
import org.securevote.notification.control.MessageSender;

/**
 * Emails an invited staff member the one-time link to choose a password, saying in which role and
 * who invited them, so an unexpected invitation can be questioned. No other secret is in the mail.
 */
@Dependent
public class StaffInvitations {
  @Inject Activation activation;
  @Inject MessageSender sender;

  @Inject
  @ConfigProperty(name = "voting.public.url", defaultValue = "https://localhost:8081")
  String publicUrl;

  /** The invitation could not be handed over for delivery. */
  public static class Undeliverable extends RuntimeException {
    Undeliverable(String address) {
      super("The invitation to " + address + " could not be emailed; nobody was invited.");
    }
  }

  /** A fresh link (an earlier one stops working) in a mail naming the role and the inviter. */
  public void invite(Account account, Role role, String invitedBy) {
    String text =
        "Hello "
            + account.displayName()
            + ",\n\n"
            + invitedBy
            + " invited you to Secure Vote as "
            + article(role.word())
            + ": "
            + duties(role)
            + ".\n\nChoose your password here (the link works once and for "
            + activation.validHours()
            + " hours):\n\n"
            + activation.issueLink(account)
            + "\n\nthen sign in at\n\n"
            + base()
            + home(role)
            + "\n\nNobody else sees or knows your password.\n\n"
            + "If you did not expect this invitation, do not use the link and tell your election"
            + " office.\n";
    try {
      sender.send(
          account.email(), "You are invited to Secure Vote as " + article(role.word()), text);
    } catch (MessageSender.UndeliverableMessage e) {
      throw new Undeliverable(account.email());
    }
  }

  private static String duties(Role role) {
    return switch (role) {
      case ADMIN -> "you will run elections, voter rolls and staff accounts";
      case AUDITOR -> "you will read and check the audit trail and the election records";
      case TRUSTEE -> "you may be appointed to hold part of an election's key";
      case VOTER -> "you may vote";
    };
  }

  private static String home(Role role) {
    return switch (role) {
      case ADMIN -> "/admin/";
      case AUDITOR -> "/audit/";
      case TRUSTEE -> "/trustee/";
      case VOTER -> "/vote/";
    };
  }

  private static String article(String word) {
    return ("AEIOU".indexOf(word.charAt(0)) >= 0 ? "an " : "a ") + word;
  }

  private String base() {
    return publicUrl.replaceAll("/+$", "");
  }
}
