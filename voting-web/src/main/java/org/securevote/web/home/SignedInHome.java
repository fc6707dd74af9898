package org.securevote.web.home;

import jakarta.inject.Inject;
import org.securevote.account.boundary.AccountDirectory;
import org.securevote.account.boundary.AccountSummary;

/** What every role's home page shows first: who is signed in. */
abstract class SignedInHome {
  @Inject AccountDirectory directory;
  private AccountSummary account;

  public AccountSummary getAccount() {
    if (account == null) {
      account = directory.signedIn();
    }
    return account;
  }
}
