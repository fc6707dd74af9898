package org.securevote.account.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.securevote.account.entity.Account;

/**
 * Which account a signed-in name stands for now. A session is bound to the account it signed in as;
 * if the address later belongs to another account, or the account is deactivated, the web tier ends
 * the session instead of letting the name resolve to someone else.
 */
@Stateless
@PermitAll // asked for every signed-in request, whatever the role
public class AccountSessions {
  @PersistenceContext EntityManager em;

  /** The id of the active account signed in under this name, if there is one. */
  public Optional<Long> activeAccount(String signInName) {
    return em.createNamedQuery(Account.BY_EMAIL, Account.class)
        .setParameter("email", signInName)
        .getResultStream()
        .filter(Account::active)
        .map(Account::id)
        .findFirst();
  }
}
