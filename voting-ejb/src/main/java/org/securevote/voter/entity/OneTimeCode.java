package org.securevote.voter.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** The one code a voter may currently confirm: valid for a while and for a few tries. */
@Entity
@Table(name = "one_time_code")
public class OneTimeCode {
  public static final int TRIES = 5;
  public static final Duration VALID = Duration.ofMinutes(10);
  public static final Duration RESEND_AFTER = Duration.ofSeconds(60);

  /** How recent a confirmation must be for an election that asks for a fresh code. */
  public static final Duration FRESH = Duration.ofMinutes(15);

  @Id
  @Column(name = "account_id")
  private Long accountId;

  @Column(name = "code_mac")
  private String codeMac;

  @Column(name = "expires_at")
  private OffsetDateTime expiresAt;

  private int attempts;

  @Column(name = "sent_at")
  private OffsetDateTime sentAt;

  protected OneTimeCode() {}

  public OneTimeCode(Long accountId) {
    this.accountId = accountId;
  }

  /** Replaces the code by a new one sent now. */
  public void renew(String codeMac, Instant now) {
    this.codeMac = codeMac;
    this.sentAt = now.atOffset(ZoneOffset.UTC);
    this.expiresAt = now.plus(VALID).atOffset(ZoneOffset.UTC);
    this.attempts = 0;
  }

  /** How long until another code may be sent, if it may not be yet. */
  public Duration resendWait(Instant now) {
    if (sentAt == null) {
      return Duration.ZERO;
    }
    Duration wait = Duration.between(now, sentAt.toInstant().plus(RESEND_AFTER));
    return wait.isNegative() ? Duration.ZERO : wait;
  }

  public boolean expired(Instant now) {
    return !now.isBefore(expiresAt.toInstant());
  }

  public boolean exhausted() {
    return attempts >= TRIES;
  }

  /** Counts a wrong try; returns how many remain. */
  public int wrongTry() {
    attempts++;
    return Math.max(0, TRIES - attempts);
  }

  public String codeMac() {
    return codeMac;
  }
}
