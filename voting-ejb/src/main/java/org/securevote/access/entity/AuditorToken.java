package org.securevote.access.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.securevote.account.entity.Account;

/**
 * An issued auditor token, by its id (the JWT's {@code jti}); never the token itself, so this table
 * cannot be used to call the API.
 */
@Entity
@Cacheable(false) // read afresh on every call: a revocation on another instance counts at once
@Table(name = "auditor_token")
@NamedQuery(
    name = AuditorToken.NEWEST_FIRST,
    query = "select t from AuditorToken t join fetch t.account order by t.issuedAt desc")
public class AuditorToken {
  public static final String NEWEST_FIRST = "AuditorToken.newestFirst";

  @Id private String jti;

  private String label;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "account_id")
  private Account account;

  private String groups;

  @Column(name = "issued_by")
  private String issuedBy;

  @Column(name = "issued_at")
  private OffsetDateTime issuedAt;

  @Column(name = "expires_at")
  private OffsetDateTime expiresAt;

  @Column(name = "revoked_at")
  private OffsetDateTime revokedAt;

  protected AuditorToken() {}

  public AuditorToken(
      String jti,
      String label,
      Account account,
      List<String> groups,
      String issuedBy,
      Instant issuedAt,
      Instant expiresAt) {
    if (!expiresAt.isAfter(issuedAt)) {
      throw new IllegalArgumentException("A token must expire after it is issued");
    }
    this.jti = jti;
    this.label = label;
    this.account = account;
    this.groups = String.join(",", groups);
    this.issuedBy = issuedBy;
    this.issuedAt = issuedAt.atOffset(ZoneOffset.UTC);
    this.expiresAt = expiresAt.atOffset(ZoneOffset.UTC);
  }

  /** Refused from now on; revoking twice keeps the first time. */
  public void revoke(Instant now) {
    if (revokedAt == null) {
      revokedAt = now.atOffset(ZoneOffset.UTC);
    }
  }

  /** Whether a call made now with this token may go on, as far as this record says. */
  public boolean usableAt(Instant now) {
    return revokedAt == null && now.isBefore(expiresAt.toInstant()) && account.active();
  }

  public String jti() {
    return jti;
  }

  public String label() {
    return label;
  }

  public Account account() {
    return account;
  }

  public List<String> groups() {
    return Arrays.asList(groups.split(","));
  }

  public String issuedBy() {
    return issuedBy;
  }

  public Instant issuedAt() {
    return issuedAt.toInstant();
  }

  public Instant expiresAt() {
    return expiresAt.toInstant();
  }

  public Optional<Instant> revokedAt() {
    return Optional.ofNullable(revokedAt).map(OffsetDateTime::toInstant);
  }
}
