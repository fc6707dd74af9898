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
import org.securevote.account.entity.Role;

/** Looks up sign-in identities for pages. */
@Stateless
@DeclareRoles({ADMIN, VOTER, AUDITOR})
public class AccountDirectory {
  @PersistenceContext EntityManager em;
  @Resource SessionContext session;

  /** The staff who can sign in (every role but voter), for the administrators' overview. */
  @RolesAllowed(ADMIN)
  public List<AccountSummary> staff() {
    return em.createNamedQuery(Account.STAFF, Account.class)
        .setParameter("voter", Role.VOTER)
        .getResultStream()
        .map(AccountSummary::of)
        .toList();
  }

  /** How many accounts hold the voter role. */
  @RolesAllowed(ADMIN)
  public long voters() {
    return em.createNamedQuery(Account.COUNT_IN_ROLE, Long.class)
        .setParameter("role", Role.VOTER)
        .getSingleResult();
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
