package org.securevote.trustee.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.securevote.account.control.Activation;
import org.securevote.account.control.MailLanguage;
import org.securevote.account.entity.Account;
import org.securevote.notification.control.MessageSender;
import org.securevote.platform.Text;

/**
 * Tells a person they hold part of an election's key. Someone without a password gets the same
 * one-time link voters get to choose one; the mail carries no other link or secret.
 */
@Dependent
public class TrusteeInvitations {
  @Inject Activation activation;
  @Inject MessageSender sender;
  @Inject MailLanguage languages;

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
    Locale in = languages.of(account);
    Text signIn =
        account.hasPassword()
            ? Text.of("letter.trustee.signIn", base())
            : Text.of(
                "letter.trustee.firstPassword",
                String.valueOf(activation.validHours()),
                activation.issueLink(account),
                base());
    String text =
        MailLanguage.hello(account.displayName(), in)
            + Text.of(
                    "letter.trustee.body",
                    String.valueOf(index),
                    String.valueOf(trustees),
                    title,
                    String.valueOf(threshold),
                    signIn)
                .in(in);
    try {
      sender.send(account.email(), Text.of("letter.trustee.subject").in(in), text);
    } catch (MessageSender.UndeliverableMessage e) {
      throw new Undeliverable(account.email());
    }
  }

  private String base() {
    return publicUrl.replaceAll("/+$", "");
  }
}
