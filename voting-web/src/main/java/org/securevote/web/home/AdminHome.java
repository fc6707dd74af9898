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

  /** Staff accounts only: voters are counted here and listed, a page at a time, on their page. */
  public List<AccountSummary> getAccounts() {
    if (accounts == null) {
      accounts = directory.staff();
    }
    return accounts;
  }

  public long getVoters() {
    return directory.voters();
  }
}
