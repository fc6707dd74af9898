package org.securevote.access.boundary;

import org.securevote.audit.control.AuditSubject;

/**
 * A token just issued: the only time its value exists outside the caller's hands. The audit trail
 * takes the summary's name and detail, never {@link #token()}.
 */
public record IssuedToken(TokenSummary summary, String token) implements AuditSubject {
  @Override
  public String auditName() {
    return summary.auditName();
  }

  @Override
  public String auditDetail() {
    return summary.auditDetail();
  }

  /** Keeps the token out of any log line or exception message that prints this. */
  @Override
  public String toString() {
    return "IssuedToken[" + summary.jti() + "]";
  }
}
