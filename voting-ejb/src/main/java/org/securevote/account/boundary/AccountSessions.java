package org.securevote.account.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import java.util.Set;
import org.securevote.account.entity.Account;
import org.securevote.account.entity.Role;

/**
 * Which account a signed-in name stands for now. A session is bound to the account it signed in as;
 * if the address later belongs to another account, or the account is deactivated, the web tier ends
 * the session instead of letting the name resolve to someone else. It ends it too when a role the
 * session signed in with has been withdrawn since.
 */
@Stateless
@PermitAll // asked for every signed-in request, whatever the role
public class AccountSessions {
  @PersistenceContext EntityManager em;

  /** The active account under a sign-in name: its id and its roles now. */
  public record ActiveAccount(Long id, Set<Role> roles) {}

  /** The active account signed in under this name, if there is one. */
  public Optional<ActiveAccount> activeAccount(String signInName) {
    return em.createNamedQuery(Account.BY_EMAIL, Account.class)
        .setParameter("email", signInName)
        .getResultStream()
        .filter(Account::active)
        .map(a -> new ActiveAccount(a.id(), Set.copyOf(a.roles())))
        .findFirst();
  }
}
