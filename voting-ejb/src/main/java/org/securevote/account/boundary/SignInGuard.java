package org.securevote.account.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.securevote.account.entity.SignInFailures;

/**
 * Slows down password guessing, per account and per client address, in the database so every
 * cluster instance sees the same counts. The same answer whether or not the account exists.
 */
@Stateless
@PermitAll // it is asked before anyone is signed in
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class SignInGuard {
  @PersistenceContext EntityManager em;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "voting.signin.free.failures.account", defaultValue = "5")
  int freeForAccount;

  @Inject
  @ConfigProperty(name = "voting.signin.free.failures.address", defaultValue = "50")
  int freeForAddress;

  /** How long this sign-in must wait before it may be tried, if it must. */
  public Optional<Duration> wait(String email, String address) {
    return Stream.of(account(email), address(address))
        .map(subject -> em.find(SignInFailures.class, subject))
        .filter(java.util.Objects::nonNull)
        .map(f -> f.wait(clock.instant()))
        .flatMap(Optional::stream)
        .max(Duration::compareTo);
  }

  public void failed(String email, String address) {
    record(account(email), freeForAccount);
    record(address(address), freeForAddress);
  }

  public void succeeded(String email) {
    SignInFailures failures = em.find(SignInFailures.class, account(email));
    if (failures != null) {
      em.remove(failures);
    }
  }

  private void record(String subject, int free) {
    // Insert-if-missing, then lock: concurrent first failures of one subject cannot collide.
    em.createNativeQuery(
            "insert into sign_in_failure (subject, failures, last_failure) values (?1, 0, now())"
                + " on conflict do nothing")
        .setParameter(1, subject)
        .executeUpdate();
    em.find(SignInFailures.class, subject, LockModeType.PESSIMISTIC_WRITE)
        .failed(clock.instant(), free);
  }

  private static String account(String email) {
    String normalized = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    return "account:" + (normalized.length() > 254 ? normalized.substring(0, 254) : normalized);
  }

  private static String address(String address) {
    return "address:" + (address == null ? "" : address);
  }
}
