package org.securevote.account.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.securevote.account.control.Activation;
import org.securevote.account.control.PasswordHashing;
import org.securevote.account.entity.Account;
import org.securevote.account.entity.Role;
import org.securevote.platform.UniqueViolation;

/**
 * Makes sure someone can administer a fresh installation: while no administrator has a password, it
 * creates the account of {@code VOTING_ADMIN_EMAIL} if missing and gives it the password in {@code
 * VOTING_ADMIN_PASSWORD}, or, without that, logs a one-time link by which they choose one. No
 * password is ever generated, because there is no fixed default.
 */
@Startup
@Singleton
@DependsOn("SchemaMigration")
public class FirstAdmin {
  private static final Logger LOG = Logger.getLogger(FirstAdmin.class.getName());

  @PersistenceContext EntityManager em;
  @Inject PasswordHashing passwords;
  @Inject Activation activation;

  @Inject
  @ConfigProperty(name = "voting.admin.email", defaultValue = "admin@localhost")
  String email;

  @Inject
  @ConfigProperty(name = "voting.admin.password")
  Optional<String> password;

  @PostConstruct
  void ensureAdministrator() {
    if (count(
            "select count(a) from Account a join a.roles r where r = :role"
                + " and a.passwordHash is not null")
        > 0) {
      return; // someone can administer already
    }
    boolean chosen = password.filter(p -> !p.isBlank()).isPresent();
    Account admin =
        em.createNamedQuery(Account.BY_EMAIL, Account.class)
            .setParameter("email", Account.normalizeEmail(email))
            .getResultStream()
            .findFirst()
            .orElse(null);
    if (admin == null) {
      admin = new Account(email, "Administrator", null, Set.of(Role.ADMIN));
      try {
        em.persist(admin);
        em.flush();
      } catch (PersistenceException e) {
        if (!UniqueViolation.causes(e)) {
          throw e;
        }
        // Another cluster instance created it at the same moment: its account stands.
        LOG.info("First administrator was created by another instance");
        return;
      }
    }
    if (chosen) {
      admin.choosePassword(passwords.hash(password.get().toCharArray()));
      LOG.info(
          "First administrator ready: " + admin.email() + " (password from VOTING_ADMIN_PASSWORD)");
    } else {
      // No password is ever generated or printed: a one-time link lets the admin choose one. Until
      // someone has, every start issues a fresh link (the previous one stops working).
      String link = activation.issueLink(admin);
      LOG.warning(
          "First administrator ready: "
              + admin.email()
              + ", choose the password at "
              + link
              + " (works once, within "
              + activation.validHours()
              + " hours)");
    }
  }

  private long count(String jpql) {
    return em.createQuery(jpql, Long.class).setParameter("role", Role.ADMIN).getSingleResult();
  }
}
