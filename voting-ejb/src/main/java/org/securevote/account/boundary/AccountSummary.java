package org.securevote.account.boundary;

import java.util.Set;
import org.securevote.account.entity.Account;
import org.securevote.account.entity.Role;

/** What pages may know about an account: never its password hash. */
public record AccountSummary(String email, String displayName, Set<Role> roles, boolean active) {
  static AccountSummary of(Account account) {
    return new AccountSummary(
        account.email(), account.displayName(), Set.copyOf(account.roles()), account.active());
  }
}
