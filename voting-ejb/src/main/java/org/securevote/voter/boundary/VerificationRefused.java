package org.securevote.voter.boundary;

import jakarta.ejb.ApplicationException;

/** A code that cannot be sent or accepted. Not rolled back: a wrong try must stay counted. */
@ApplicationException(rollback = false)
public class VerificationRefused extends RuntimeException {
  /** Why, for metrics: a code was not sent, could not be delivered, or was not accepted. */
  public enum Kind {
    NOT_A_VOTER,
    RESEND_TOO_SOON,
    UNDELIVERABLE,
    CODE_REJECTED
  }

  private final Kind kind;

  public VerificationRefused(Kind kind, String message) {
    super(message);
    this.kind = kind;
  }

  public Kind kind() {
    return kind;
  }
}
