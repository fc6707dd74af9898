package org.securevote.web.home;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;
import org.securevote.account.boundary.AccountSummary;

/** Backing bean of {@code /admin/index.xhtml}. */
@Named
@RequestScoped
public class AdminHome extends SignedInHome {
  private List<AccountSummary> accounts;

  public List<AccountSummary> getAccounts() {
    if (accounts == null) {
      accounts = directory.accounts();
    }
    return accounts;
  }
}
