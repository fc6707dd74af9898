package org.securevote.voter.boundary;

import jakarta.ejb.ApplicationException;
import org.securevote.platform.Refusal;
import org.securevote.platform.Text;

/** A code that cannot be sent or accepted. Not rolled back: a wrong try must stay counted. */
@ApplicationException(rollback = false)
public class VerificationRefused extends Refusal {
  /** Why, for metrics: a code was not sent, could not be delivered, or was not accepted. */
  public enum Reason {
    NOT_A_VOTER(Kind.NOT_ALLOWED),
    RESEND_TOO_SOON(Kind.CONFLICT),
    UNDELIVERABLE(Kind.CONFLICT),
    CODE_REJECTED(Kind.INVALID);

    private final Kind kind;

    Reason(Kind kind) {
      this.kind = kind;
    }
  }

  private final Reason reason;

  public VerificationRefused(Reason reason, Text text) {
    super(reason.kind, text);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
