package org.securevote.account.boundary;

import static org.securevote.account.entity.Role.Names.ADMIN;
import static org.securevote.account.entity.Role.Names.AUDITOR;
import static org.securevote.account.entity.Role.Names.VOTER;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.securevote.account.entity.Account;

/** Looks up sign-in identities for pages. */
@Stateless
@DeclareRoles({ADMIN, VOTER, AUDITOR})
public class AccountDirectory {
  @PersistenceContext EntityManager em;
  @Resource SessionContext session;

  /** Everyone who can sign in, for the administrators' overview. */
  @RolesAllowed(ADMIN)
  public List<AccountSummary> accounts() {
    return em.createNamedQuery(Account.ALL, Account.class)
        .getResultStream()
        .map(AccountSummary::of)
        .toList();
  }

  /** The account of whoever is calling. */
  @RolesAllowed({ADMIN, VOTER, AUDITOR})
  public AccountSummary signedIn() {
    String email = session.getCallerPrincipal().getName();
    return em.createNamedQuery(Account.BY_EMAIL, Account.class)
        .setParameter("email", email)
        .getResultStream()
        .findFirst()
        .map(AccountSummary::of)
        .orElseThrow(() -> new EJBException("No account for the signed-in caller"));
  }
}
