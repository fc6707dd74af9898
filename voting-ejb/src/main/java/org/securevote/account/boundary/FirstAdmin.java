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
import org.securevote.account.control.InitialPassword;
import org.securevote.account.control.PasswordHashing;
import org.securevote.account.entity.Account;
import org.securevote.account.entity.Role;
import org.securevote.platform.UniqueViolation;

/**
 * Makes sure someone can administer a fresh installation. Without {@code VOTING_ADMIN_PASSWORD} the
 * password is generated and logged once, because there is no fixed default.
 */
@Startup
@Singleton
@DependsOn("SchemaMigration")
public class FirstAdmin {
  private static final Logger LOG = Logger.getLogger(FirstAdmin.class.getName());

  @PersistenceContext EntityManager em;
  @Inject PasswordHashing passwords;

  @Inject
  @ConfigProperty(name = "voting.admin.email", defaultValue = "admin@localhost")
  String email;

  @Inject
  @ConfigProperty(name = "voting.admin.password")
  Optional<String> password;

  @PostConstruct
  void ensureAdministrator() {
    long admins =
        em.createNamedQuery(Account.COUNT_IN_ROLE, Long.class)
            .setParameter("role", Role.ADMIN)
            .getSingleResult();
    if (admins > 0) {
      return;
    }
    String chosen = password.filter(p -> !p.isBlank()).orElseGet(InitialPassword::generate);
    try {
      em.persist(
          new Account(
              email, "Administrator", passwords.hash(chosen.toCharArray()), Set.of(Role.ADMIN)));
      em.flush();
    } catch (PersistenceException e) {
      if (!UniqueViolation.causes(e)) {
        throw e;
      }
      // Another cluster instance created it at the same moment: its account stands.
      LOG.info("First administrator was created by another instance");
      return;
    }
    if (password.filter(p -> !p.isBlank()).isPresent()) {
      LOG.info("First administrator created: " + email + " (password from VOTING_ADMIN_PASSWORD)");
    } else {
      LOG.warning(
          "First administrator created: "
              + email
              + " with generated password "
              + chosen
              + " (shown once; set VOTING_ADMIN_PASSWORD to choose it)");
    }
  }
}
