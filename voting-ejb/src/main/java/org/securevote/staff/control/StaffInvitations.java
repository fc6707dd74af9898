package org.securevote.staff.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
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

  /** The invitation could not be handed over for delivery. */
  public static class Undeliverable extends RuntimeException {
    Undeliverable(String address) {
      super("The invitation to " + address + " could not be emailed; nobody was invited.");
    }
  }

  /** A fresh link (an earlier one stops working) in a mail naming the role and the inviter. */
  public void invite(Account account, Role role, String invitedBy) {
    Office office = Office.of(role);
    String text =
        "Hello "
            + account.displayName()
            + ",\n\n"
            + invitedBy
            + " invited you to Secure Vote as "
            + role.withArticle()
            + ": "
            + office.duties()
            + ".\n\nChoose your password here (the link works once and for "
            + activation.validHours()
            + " hours):\n\n"
            + activation.issueLink(account)
            + "\n\nthen sign in at\n\n"
            + activation.pageLink(office.home())
            + "\n\nNobody else sees or knows your password.\n\n"
            + "If you did not expect this invitation, do not use the link and tell your election"
            + " office.\n";
    try {
      sender.send(account.email(), "You are invited to Secure Vote as " + role.withArticle(), text);
    } catch (MessageSender.UndeliverableMessage e) {
      throw new Undeliverable(account.email());
    }
  }

  /** What each role does, in the mail's words, and the page it signs in to. */
  private record Office(String duties, String home) {
    static Office of(Role role) {
      return switch (role) {
        case ADMIN ->
            new Office("you will run elections, voter rolls and staff accounts", "/admin/");
        case AUDITOR ->
            new Office(
                "you will read and check the audit trail and the election records", "/audit/");
        case TRUSTEE ->
            new Office("you may be appointed to hold part of an election's key", "/trustee/");
        case VOTER -> new Office("you may vote", "/vote/");
      };
    }
  }
}
