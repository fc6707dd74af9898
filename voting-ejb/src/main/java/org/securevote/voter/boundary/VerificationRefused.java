package org.securevote.voter.boundary;

import jakarta.ejb.ApplicationException;

/** A code that cannot be sent or accepted. Not rolled back: a wrong try must stay counted. */
@ApplicationException(rollback = false)
public class VerificationRefused extends RuntimeException {
  public VerificationRefused(String message) {
    super(message);
  }
}
