package org.securevote.account.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.EnumSet;
import java.util.List;
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

  /**
   * The active account signed in under this name, if there is one. Asked on every signed-in
   * request, so it reads in one statement and without a transaction of its own (in the profile of
   * casting, this call with its transaction, entity and second select for the roles was the
   * innermost application frame of a fifth of the CPU samples). Every account has a role, so one
   * with none is treated as gone.
   */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public Optional<ActiveAccount> activeAccount(String signInName) {
    List<Object[]> rows =
        em.createNamedQuery(Account.ACTIVE_ROLES, Object[].class)
            .setParameter("email", signInName)
            .getResultList();
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    Set<Role> roles = EnumSet.noneOf(Role.class);
    rows.forEach(row -> roles.add((Role) row[1]));
    return Optional.of(new ActiveAccount((Long) rows.get(0)[0], Set.copyOf(roles)));
  }
}
