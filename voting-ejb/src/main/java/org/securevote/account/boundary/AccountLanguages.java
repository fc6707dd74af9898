package org.securevote.account.boundary;

import static org.securevote.account.entity.Role.Names.ADMIN;
import static org.securevote.account.entity.Role.Names.AUDITOR;
import static org.securevote.account.entity.Role.Names.TRUSTEE;
import static org.securevote.account.entity.Role.Names.VOTER;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Locale;
import org.securevote.account.entity.Account;

/**
 * Remembers the language a signed-in person uses, so the mails sent to them later are in it. Only
 * the caller's own account: nobody sets another person's language.
 */
@Stateless
@RolesAllowed({ADMIN, VOTER, AUDITOR, TRUSTEE})
public class AccountLanguages {
  @PersistenceContext EntityManager em;
  @Resource SessionContext session;

  /** Writes only when the language changes: a sign-in in the same language costs one read. */
  public void remember(Locale language) {
    em.createNamedQuery(Account.BY_EMAIL, Account.class)
        .setParameter("email", session.getCallerPrincipal().getName())
        .getResultStream()
        .findFirst()
        .ifPresent(account -> account.speak(language));
  }
}
