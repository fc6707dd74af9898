package org.securevote.account.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** A one-time link for setting a password, kept only as a hash of its token. */
@Entity
@Table(name = "activation_token")
@NamedQuery(
    name = ActivationToken.OPEN_OF_ACCOUNT,
    query = "select t from ActivationToken t where t.accountId = :account and t.usedAt is null")
public class ActivationToken {
  public static final String OPEN_OF_ACCOUNT = "ActivationToken.openOfAccount";

  @Id
  @Column(name = "token_hash")
  private String tokenHash;

  @Column(name = "account_id")
  private Long accountId;

  @Column(name = "expires_at")
  private OffsetDateTime expiresAt;

  @Column(name = "used_at")
  private OffsetDateTime usedAt;

  protected ActivationToken() {}

  public ActivationToken(String tokenHash, Long accountId, Instant expiresAt) {
    this.tokenHash = tokenHash;
    this.accountId = accountId;
    this.expiresAt = expiresAt.atOffset(ZoneOffset.UTC);
  }

  public boolean usableAt(Instant now) {
    return usedAt == null && now.isBefore(expiresAt.toInstant());
  }

  public boolean used() {
    return usedAt != null;
  }

  public void use(Instant now) {
    usedAt = now.atOffset(ZoneOffset.UTC);
  }

  public Long accountId() {
    return accountId;
  }
}
