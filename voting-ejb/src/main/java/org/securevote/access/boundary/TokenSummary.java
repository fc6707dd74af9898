package org.securevote.access.boundary;

import java.io.Serializable;
import java.time.Instant;
import org.securevote.access.entity.AuditorToken;
import org.securevote.audit.control.AuditSubject;

/** An issued token as the admins' list shows it, never the token itself; revokedAt null if not. */
public record TokenSummary(
    String jti,
    String label,
    String auditor,
    Instant issuedAt,
    Instant expiresAt,
    Instant revokedAt,
    String issuedBy)
    implements AuditSubject, Serializable {

  static TokenSummary of(AuditorToken token) {
    return new TokenSummary(
        token.jti(),
        token.label(),
        token.account().email(),
        token.issuedAt(),
        token.expiresAt(),
        token.revokedAt().orElse(null),
        token.issuedBy());
  }

  public boolean revoked() {
    return revokedAt != null;
  }

  public boolean expiredAt(Instant now) {
    return !now.isBefore(expiresAt);
  }

  @Override
  public String auditName() {
    return "auditor-token:" + jti;
  }

  @Override
  public String auditDetail() {
    return "\"" + label + "\" for " + auditor + ", expires " + expiresAt;
  }
}
