package org.securevote.staff.boundary;

import java.io.Serializable;
import java.util.Set;
import java.util.TreeSet;
import org.securevote.account.entity.Account;
import org.securevote.account.entity.Role;

/**
 * A staff account as the staff page shows it: {@code pending} until the person has chosen a
 * password through their invitation.
 */
public record StaffMember(
    String email, String name, Set<Role> roles, boolean active, boolean pending)
    implements Serializable {
  static StaffMember of(Account account) {
    Set<Role> staff = new TreeSet<>(account.roles());
    staff.retainAll(StaffRoster.STAFF_ROLES);
    return new StaffMember(
        account.email(), account.displayName(), staff, account.active(), !account.hasPassword());
  }

  public boolean has(Role role) {
    return roles.contains(role);
  }

  /** Whether a role can be taken back here: it is not the account's only staff role. */
  public boolean withdrawable(Role role) {
    return roles.size() > 1 && has(role) && StaffRoster.WITHDRAWABLE.contains(role);
  }
}
