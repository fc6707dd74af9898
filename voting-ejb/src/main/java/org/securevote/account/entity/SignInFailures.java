package org.securevote.account.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * Failed sign-ins of one account or one client address. After {@code free} failures each further
 * one locks the subject for twice as long as the one before, up to a ceiling; a quiet period
 * forgets old failures.
 */
@Entity
@Table(name = "sign_in_failure")
public class SignInFailures {
  private static final Duration FIRST_LOCK = Duration.ofSeconds(2);
  private static final Duration LONGEST_LOCK = Duration.ofMinutes(15);
  private static final Duration FORGET_AFTER = Duration.ofHours(1);

  @Id private String subject;
  private int failures;

  @Column(name = "last_failure")
  private OffsetDateTime lastFailure;

  @Column(name = "locked_until")
  private OffsetDateTime lockedUntil;

  protected SignInFailures() {}

  public void failed(Instant now, int free) {
    if (lastFailure != null && lastFailure.toInstant().plus(FORGET_AFTER).isBefore(now)) {
      failures = 0;
    }
    failures++;
    lastFailure = now.atOffset(ZoneOffset.UTC);
    if (failures > free) {
      int doublings = Math.min(failures - free - 1, 20);
      Duration lock = FIRST_LOCK.multipliedBy(1L << doublings);
      lockedUntil =
          now.plus(lock.compareTo(LONGEST_LOCK) > 0 ? LONGEST_LOCK : lock).atOffset(ZoneOffset.UTC);
    }
  }

  /** Takes back one counted attempt that turned out right. */
  public void forgiveOne() {
    failures = Math.max(0, failures - 1);
  }

  /** How long the subject must still wait, if it must. */
  public Optional<Duration> wait(Instant now) {
    if (lockedUntil == null || !lockedUntil.toInstant().isAfter(now)) {
      return Optional.empty();
    }
    return Optional.of(Duration.between(now, lockedUntil.toInstant()));
  }
}
