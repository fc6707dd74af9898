package org.securevote.trustee.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.securevote.account.control.Activation;
import org.securevote.account.entity.Account;
import org.securevote.notification.control.MessageSender;

/**
 * Tells a person they hold part of an election's key. Someone without a password gets the same
 * one-time link voters get to choose one; the mail carries no other link or secret.
 */
@Dependent
public class TrusteeInvitations {
  @Inject Activation activation;
  @Inject MessageSender sender;

  @Inject
  @ConfigProperty(name = "voting.public.url", defaultValue = "https://localhost:8081")
  String publicUrl;

  /** The invitation could not be handed over for delivery; nothing is appointed. */
  public static class Undeliverable extends RuntimeException {
    public Undeliverable(String address) {
      super("The email to " + address + " could not be sent; try again later.");
    }
  }

  public void invite(Account account, int index, int trustees, int threshold, String title) {
    String signIn =
        account.hasPassword()
            ? "Sign in and open your trustee page:\n\n" + base() + "/trustee/\n"
            : "First choose your password here (the link works once and for "
                + activation.validHours()
                + " hours):\n\n"
                + activation.issueLink(account)
                + "\n\nthen sign in and open your trustee page, "
                + base()
                + "/trustee/\n";
    String text =
        "Hello "
            + account.displayName()
            + ",\n\nyour election office appointed you trustee "
            + index
            + " of "
            + trustees
            + " for the election \""
            + title
            + "\". Any "
            + threshold
            + " of the trustees together can count its ballots; nobody else can, the election"
            + " office included.\n\n"
            + "You will need the trustees' tool (voting-tools-<version>-trustee.jar) and Java 17"
            + " on your own computer: your part of the key is made there and never leaves it.\n\n"
            + signIn;
    try {
      sender.send(account.email(), "You are a trustee of a Secure Vote election", text);
    } catch (MessageSender.UndeliverableMessage e) {
      throw new Undeliverable(account.email());
    }
  }

  private String base() {
    return publicUrl.replaceAll("/+$", "");
  }
}
