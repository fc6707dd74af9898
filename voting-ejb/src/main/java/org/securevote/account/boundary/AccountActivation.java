package org.securevote.account.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.securevote.account.control.Activation;
import org.securevote.account.control.PasswordHashing;
import org.securevote.account.entity.Account;
import org.securevote.platform.Text;

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

  /** What a used, expired, replaced or unknown link is told. */
  public static final Text NOT_VALID = Text.of("activation.notValid");

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
      throw new ActivationRefused(Text.of("activation.tooShort", MIN_PASSWORD));
    }
    if (password.length() > MAX_PASSWORD) {
      throw new ActivationRefused(Text.of("activation.tooLong", MAX_PASSWORD));
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
