package org.securevote.account.boundary;

import jakarta.ejb.ApplicationException;

/** A password link or password that cannot be accepted; the message says why. */
@ApplicationException(rollback = true)
public class ActivationRefused extends RuntimeException {
  public ActivationRefused(String message) {
    super(message);
  }
}
