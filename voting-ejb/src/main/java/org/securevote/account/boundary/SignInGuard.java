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
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.securevote.account.entity.SignInFailures;

/**
 * Slows down password guessing, in the database so every cluster instance sees the same counts.
 * Each attempt is counted before the password is checked, under row locks, so parallel guesses see
 * each other. Three counts: the account from this address (few free tries, so a guesser is slowed
 * at once), the account from anywhere (more, so a victim cannot easily be locked out from elsewhere
 * but distributed guessing still stops) and the address (many, for shared networks). The same
 * answers whether or not the account exists.
 */
@Stateless
@PermitAll // it is asked before anyone is signed in
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class SignInGuard {
  @PersistenceContext EntityManager em;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "voting.signin.free.failures.pair", defaultValue = "5")
  int freeForPair;

  @Inject
  @ConfigProperty(name = "voting.signin.free.failures.account", defaultValue = "20")
  int freeForAccount;

  @Inject
  @ConfigProperty(name = "voting.signin.free.failures.address", defaultValue = "50")
  int freeForAddress;

  /**
   * Reserves one attempt: how long it must wait if a count is locked (nothing is counted then),
   * otherwise empty, with the attempt already counted as a failure until {@link #succeeded}.
   */
  public Optional<Duration> admit(String email, String address) {
    Instant now = clock.instant();
    Map<String, Integer> free = new TreeMap<>(); // sorted: rows are always locked in one order
    free.put(pair(email, address), freeForPair);
    free.put(account(email), freeForAccount);
    free.put(address(address), freeForAddress);
    Map<String, SignInFailures> rows = new TreeMap<>();
    free.keySet().forEach(subject -> rows.put(subject, locked(subject)));
    Optional<Duration> wait =
        rows.values().stream()
            .map(f -> f.wait(now))
            .flatMap(Optional::stream)
            .max(Duration::compareTo);
    if (wait.isEmpty()) {
      rows.forEach((subject, f) -> f.failed(now, free.get(subject)));
    }
    return wait;
  }

  /** The admitted attempt was right: its account's counts are cleared, the address's taken back. */
  public void succeeded(String email, String address) {
    Stream.of(pair(email, address), account(email))
        .map(subject -> em.find(SignInFailures.class, subject))
        .filter(Objects::nonNull)
        .forEach(em::remove);
    SignInFailures fromAddress =
        em.find(SignInFailures.class, address(address), LockModeType.PESSIMISTIC_WRITE);
    if (fromAddress != null) {
      fromAddress.forgiveOne();
    }
  }

  private SignInFailures locked(String subject) {
    // Insert-if-missing, then lock: concurrent first attempts on one subject cannot collide.
    em.createNativeQuery(
            "insert into sign_in_failure (subject, failures, last_failure) values (?1, 0, now())"
                + " on conflict do nothing")
        .setParameter(1, subject)
        .executeUpdate();
    return em.find(SignInFailures.class, subject, LockModeType.PESSIMISTIC_WRITE);
  }

  private static String pair(String email, String address) {
    return account(email) + "|" + address(address);
  }

  private static String account(String email) {
    String normalized = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    return "account:" + (normalized.length() > 254 ? normalized.substring(0, 254) : normalized);
  }

  private static String address(String address) {
    String value = address == null ? "" : address;
    return "address:" + (value.length() > 45 ? value.substring(0, 45) : value);
  }
}
