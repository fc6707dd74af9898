package org.securevote.account.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.securevote.account.control.Activation;
import org.securevote.account.control.PasswordHashing;
import org.securevote.account.entity.Account;

/** Where a person redeems their one-time link and chooses their own password. */
@Stateless
@PermitAll
public class AccountActivation {
  public static final int MIN_PASSWORD = 12;
  public static final int MAX_PASSWORD = 1024;

  @Inject Activation activation;
  @Inject PasswordHashing passwords;

  /** What a password link is worth now, before anyone types a password into its form. */
  public enum Link {
    USABLE,
    /** Issued, but used, expired, replaced by a newer one, or its account deactivated. */
    SPENT,
    UNKNOWN
  }

  public static final String NOT_VALID =
      "This link is not valid: it was used already, has expired or was replaced by a newer one."
          + " Ask your election office for a new link.";

  /** Looks the link up without using it. */
  public Link link(String token) {
    return activation
        .stored(token)
        .map(t -> activation.usable(t) ? Link.USABLE : Link.SPENT)
        .orElse(Link.UNKNOWN);
  }

  /** Sets the password and returns the sign-in email. */
  public String activate(String token, String password) {
    if (password == null || password.length() < MIN_PASSWORD) {
      throw new ActivationRefused("Choose a password of at least " + MIN_PASSWORD + " characters.");
    }
    if (password.length() > MAX_PASSWORD) {
      throw new ActivationRefused("A password has at most " + MAX_PASSWORD + " characters.");
    }
    Account account =
        activation
            .redeem(token)
            .filter(Account::active)
            .orElseThrow(() -> new ActivationRefused(NOT_VALID));
    account.choosePassword(passwords.hash(password.toCharArray()));
    return account.email();
  }
}
